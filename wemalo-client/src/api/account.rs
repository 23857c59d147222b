use serde::Deserialize;

use crate::client::{collect_pages, Call, Client};
use crate::error::Result;
use crate::models::{
    CreatedClient, GenericInterface, NewClient, RefurbishmentEntry, RefurbishmentPage,
    RefurbishmentQuery,
};
use crate::serde_util::de_vec;

/// Refurbishment history: `client.refurbishments()`.
#[derive(Debug, Clone, Copy)]
pub struct Refurbishments<'a> {
    client: &'a Client,
}

/// The account itself: `client.account()`.
#[derive(Debug, Clone, Copy)]
pub struct Account<'a> {
    client: &'a Client,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct InterfaceList {
    #[serde(deserialize_with = "de_vec")]
    generic_interfaces: Vec<GenericInterface>,
}

impl Client {
    /// Refurbishment history.
    pub fn refurbishments(&self) -> Refurbishments<'_> {
        Refurbishments { client: self }
    }

    /// The account: connected shop systems, and client creation for admin tokens.
    pub fn account(&self) -> Account<'_> {
        Account { client: self }
    }
}

impl<'a> Refurbishments<'a> {
    /// One page of refurbishment steps (`GET refurbishment/get`).
    pub async fn get(self, query: &RefurbishmentQuery) -> Result<RefurbishmentPage> {
        let call = Call::get("refurbishment/get", "refurbishment/get".into())
            .query_opt("externalId", query.external_id.as_deref())
            .query_opt("sku", query.sku.as_deref())
            .query_opt("serialNumber", query.serial_number.as_deref())
            .query_opt("explicitSerialNumber", query.explicit_serial_number)
            .query_opt("refurbishmentId", query.refurbishment_id)
            .query_opt("page", query.page);
        self.client.send(call).await
    }

    /// All pages of [`Refurbishments::get`], from `query.page` (default 0) on.
    pub async fn get_all(self, query: &RefurbishmentQuery) -> Result<Vec<RefurbishmentEntry>> {
        collect_pages(query.page.unwrap_or(0), |page| {
            let q = RefurbishmentQuery {
                page: Some(page),
                ..query.clone()
            };
            async move { self.get(&q).await }
        })
        .await
    }
}

impl<'a> Account<'a> {
    /// The shop systems connected to the account (`GET user/genericInterfaces`).
    pub async fn generic_interfaces(self) -> Result<Vec<GenericInterface>> {
        let route = "user/genericInterfaces";
        let list: InterfaceList = self.client.send(Call::get(route, route.into())).await?;
        Ok(list.generic_interfaces)
    }

    /// Creates a wemalo-connect account and Wemalo client (`POST client/new`, admin
    /// tokens only); answers the client id and the web login password.
    pub async fn create_client(self, client: &NewClient) -> Result<CreatedClient> {
        let call = Call::post("client/new", "client/new".into()).json(client)?;
        self.client.send(call).await
    }
}
