//! `client.webhooks()`: webhook registrations. These endpoints answer without the envelope.

use crate::models::*;
use crate::transport::{seg, Req};
use crate::Result;

handle!(
    /// Webhook endpoints; get it from [`Client::webhooks`](crate::Client::webhooks).
    Webhooks
);

impl Webhooks<'_> {
    /// All registrations (`GET /webhooks`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let hooks = client.webhooks().list().await?;
    /// # Ok(()) }
    /// ```
    pub async fn list(self) -> Result<Vec<Webhook>> {
        self.client
            .send(Req::get("/webhooks", "/webhooks"))
            .await?
            .bare()
    }

    /// One registration (`GET /webhooks/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let hook = client.webhooks().get("f3b1").await?;
    /// # Ok(()) }
    /// ```
    pub async fn get(self, id: &str) -> Result<Webhook> {
        self.client
            .send(Req::get(
                "/webhooks/{id}",
                format!("/webhooks/{}", seg(id)?),
            ))
            .await?
            .bare()
    }

    /// Registers a webhook (`POST /webhooks`). Billbee first calls the URI with an echo test;
    /// append `?noecho` to the URI to skip it.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::Webhook;
    /// let hook = Webhook { web_hook_uri: Some("https://example.com/hook?noecho".into()),
    ///     secret: Some("0123456789abcdef0123456789abcdef".into()),
    ///     filters: vec!["order.created".into()], ..Default::default() };
    /// let saved = client.webhooks().create(&hook).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(self, hook: &Webhook) -> Result<Webhook> {
        self.client
            .send(Req::post("/webhooks", "/webhooks").json(hook)?)
            .await?
            .bare()
    }

    /// Replaces a registration (`PUT /webhooks/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let mut hook = client.webhooks().get("f3b1").await?;
    /// hook.is_paused = Some(true);
    /// client.webhooks().update("f3b1", &hook).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update(self, id: &str, hook: &Webhook) -> Result<Webhook> {
        let req = Req::put("/webhooks/{id}", format!("/webhooks/{}", seg(id)?), true).json(hook)?;
        self.client.send(req).await?.bare()
    }

    /// Deletes one registration (`DELETE /webhooks/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// client.webhooks().delete("f3b1").await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete(self, id: &str) -> Result<()> {
        let req = Req::delete("/webhooks/{id}", format!("/webhooks/{}", seg(id)?));
        self.client.send(req).await?.empty_ok()
    }

    /// Deletes every registration of the account (`DELETE /webhooks`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// client.webhooks().delete_all().await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete_all(self) -> Result<()> {
        self.client
            .send(Req::delete("/webhooks", "/webhooks"))
            .await?
            .empty_ok()
    }

    /// The event names a webhook can subscribe to (`GET /webhooks/filters`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let filters = client.webhooks().filters().await?;
    /// # Ok(()) }
    /// ```
    pub async fn filters(self) -> Result<Vec<WebhookFilter>> {
        self.client
            .send(Req::get("/webhooks/filters", "/webhooks/filters"))
            .await?
            .bare()
    }
}
