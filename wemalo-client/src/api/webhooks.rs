use serde::Deserialize;

use crate::client::{seg, Call, Client};
use crate::error::Result;
use crate::models::{RegisteredWebhook, WebhookEventType, WebhookRegistration};
use crate::serde_util::de_vec;

/// Webhook registrations: `client.webhooks()`. To receive the calls, see
/// [`crate::webhooks`].
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    client: &'a Client,
}

#[derive(Deserialize)]
struct HookList {
    #[serde(deserialize_with = "de_vec")]
    hooks: Vec<RegisteredWebhook>,
}

impl Client {
    /// Webhook registrations.
    pub fn webhooks(&self) -> Webhooks<'_> {
        Webhooks { client: self }
    }

    /// Checks the token with one cheap read (`GET webhook`, the call Wemalo's own plugin
    /// uses for this). A refused token shows as
    /// [`Error::is_unauthorized`](crate::Error::is_unauthorized); the code Wemalo uses for
    /// a bad token is not documented, so callers may also see another [`Error::Api`].
    ///
    /// [`Error::Api`]: crate::Error::Api
    pub async fn check_token(&self) -> Result<()> {
        self.send_unit(Call::get("webhook", "webhook".into())).await
    }
}

impl<'a> Webhooks<'a> {
    /// Registers (or replaces) the hook for one event (`POST webhook/:event`). One URL
    /// per event and account; registering again replaces it, so this is safe to repeat.
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// use wemalo_client::{WebhookEventType, WebhookRegistration};
    /// let hook = WebhookRegistration {
    ///     payload: "https://shop.example/wemalo-hook".into(),
    ///     token: "long-random-secret".into(),
    ///     email: Some("ops@shop.example".into()),
    /// };
    /// client.webhooks().register(WebhookEventType::StatusUpdate, &hook).await?;
    /// # Ok(()) }
    /// ```
    pub async fn register(
        self,
        event: impl Into<WebhookEventType>,
        registration: &WebhookRegistration,
    ) -> Result<()> {
        let event = event.into();
        let path = format!("webhook/{}", seg(event.as_str())?);
        let call = Call::post("webhook/:event", path)
            .json(registration)?
            .idempotent();
        self.client.send_unit(call).await
    }

    /// Lists the registered hooks (`GET webhook`). Also a cheap way to test a token.
    pub async fn list(self) -> Result<Vec<RegisteredWebhook>> {
        let list: HookList = self
            .client
            .send(Call::get("webhook", "webhook".into()))
            .await?;
        Ok(list.hooks)
    }

    /// Removes the hook of one event (`DELETE webhook/:event`).
    pub async fn delete(self, event: impl Into<WebhookEventType>) -> Result<()> {
        let event = event.into();
        let path = format!("webhook/{}", seg(event.as_str())?);
        self.client
            .send_unit(Call::delete("webhook/:event", path))
            .await
    }
}
