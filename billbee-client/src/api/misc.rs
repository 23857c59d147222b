//! Small resources: search, layouts, shop accounts, cloud storages, provisioning.

use crate::models::*;
use crate::transport::Req;
use crate::Result;
use serde_json::Value;

handle!(
    /// Full-text search; get it from [`Client::search`](crate::Client::search).
    Search
);
handle!(
    /// Document layouts; get it from [`Client::layouts`](crate::Client::layouts).
    Layouts
);
handle!(
    /// Shop accounts; get it from [`Client::shop_accounts`](crate::Client::shop_accounts).
    ShopAccounts
);
handle!(
    /// Cloud storages; get it from [`Client::cloud_storages`](crate::Client::cloud_storages).
    CloudStorages
);
handle!(
    /// Account provisioning; get it from [`Client::provisioning`](crate::Client::provisioning).
    Provisioning
);

impl Search<'_> {
    /// Searches orders, products and customers (`POST /search`); the term uses Lucene syntax.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::SearchRequest;
    /// let q = SearchRequest { r#type: vec!["order".into()], term: Some("Platzhalter".into()),
    ///     ..Default::default() };
    /// let hits = client.search().query(&q).await?;
    /// # Ok(()) }
    /// ```
    pub async fn query(self, request: &SearchRequest) -> Result<SearchResults> {
        self.client
            .send(Req::post("/search", "/search").json(request)?)
            .await?
            .envelope()
    }
}

impl Layouts<'_> {
    /// The layouts of the account (`GET /layouts`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let layouts = client.layouts().list().await?;
    /// # Ok(()) }
    /// ```
    pub async fn list(self) -> Result<Vec<LayoutTemplate>> {
        self.client
            .send(Req::get("/layouts", "/layouts"))
            .await?
            .envelope()
    }
}

impl<'a> ShopAccounts<'a> {
    /// Lists the connected shops and marketplaces (`GET /shopaccounts`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let shops = client.shop_accounts().list().collect_all().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(self) -> ListShopAccounts<'a> {
        ListShopAccounts::new(self.client)
    }
}

simple_list!(
    /// Builder for `GET /shopaccounts`; from [`ShopAccounts::list`].
    ListShopAccounts,
    ShopAccount,
    "/shopaccounts"
);

impl CloudStorages<'_> {
    /// The cloud storages and printers of the account (`GET /cloudstorages`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let storages = client.cloud_storages().list().await?;
    /// # Ok(()) }
    /// ```
    pub async fn list(self) -> Result<Vec<CloudStorage>> {
        self.client
            .send(Req::get("/cloudstorages", "/cloudstorages"))
            .await?
            .envelope()
    }
}

impl Provisioning<'_> {
    /// Creates a Billbee account (`POST /automaticprovision/createaccount`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::CreateAccount;
    /// let acc = CreateAccount { email: Some("new@example.com".into()), accept_terms: Some(true),
    ///     ..Default::default() };
    /// let created = client.provisioning().create_account(&acc).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create_account(self, account: &CreateAccount) -> Result<Value> {
        let path = "/automaticprovision/createaccount";
        self.client
            .send(Req::post(path, path).json(account)?)
            .await?
            .loose()
    }

    /// The terms a new account must accept (`GET /automaticprovision/termsinfo`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let terms = client.provisioning().terms_info().await?;
    /// # Ok(()) }
    /// ```
    pub async fn terms_info(self) -> Result<Value> {
        let path = "/automaticprovision/termsinfo";
        self.client.send(Req::get(path, path)).await?.loose()
    }
}
