use std::fmt;

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::serde_util::{de_opt_i64, de_opt_string, de_string, de_vec};

/// A connected shop system of the account (`user/genericInterfaces`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenericInterface {
    /// Wemalo-connect's id of the interface (JSON `_id`).
    #[serde(default, rename = "_id", skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "de_opt_string")]
    pub id: Option<String>,
    /// Wemalo's id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub wemalo: Option<String>,
    /// Synchronisation interval in minutes (0 = off).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub sync_interval: Option<i64>,
    /// Interface name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interface_name: Option<String>,
    /// System, e.g. `amazon`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_name: Option<String>,
    /// Activated services.
    #[serde(default, deserialize_with = "de_vec")]
    pub services: Vec<InterfaceService>,
    /// Shop settings; values may be credentials and are hidden from `Debug`.
    #[serde(default, deserialize_with = "de_vec")]
    pub attributes: Vec<InterfaceAttribute>,
}

/// A service of a [`GenericInterface`], e.g. `getOrders`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InterfaceService {
    /// Service name.
    #[serde(default, deserialize_with = "de_string")]
    pub service: String,
    /// Notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

/// A setting of a [`GenericInterface`] (host, user token, ...).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InterfaceAttribute {
    /// Setting name.
    #[serde(default, deserialize_with = "de_string")]
    pub label: String,
    /// Setting value; may be a credential.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub value: Option<String>,
}

impl fmt::Debug for InterfaceAttribute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InterfaceAttribute")
            .field("label", &self.label)
            .field("value", &self.value.as_ref().map(|_| "[redacted]"))
            .finish()
    }
}

/// A new wemalo-connect account for `POST client/new` (admin tokens only).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewClient {
    /// Login name, unique.
    #[serde(default, deserialize_with = "de_string")]
    pub name: String,
    /// E-mail address.
    #[serde(default, deserialize_with = "de_string")]
    pub mail: String,
    /// Company, created as client in Wemalo.
    #[serde(default, deserialize_with = "de_string")]
    pub company_name: String,
    /// Wemalo's internal key; hidden from `Debug`.
    #[serde(default, deserialize_with = "de_string")]
    pub wemalo_key: String,
}

impl fmt::Debug for NewClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewClient")
            .field("name", &self.name)
            .field("mail", &self.mail)
            .field("company_name", &self.company_name)
            .field("wemalo_key", &"[redacted]")
            .finish()
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CreatedClientWire {
    #[serde(default, deserialize_with = "de_opt_i64")]
    client_id: Option<i64>,
    #[serde(default, deserialize_with = "de_string")]
    password: String,
}

/// Answer of `POST client/new`: the client id and the web login password.
#[derive(Clone, Debug)]
pub struct CreatedClient {
    /// Wemalo's client id.
    pub client_id: Option<i64>,
    /// Password for the wemalo-connect web login (not an API token).
    pub password: SecretString,
}

impl<'de> Deserialize<'de> for CreatedClient {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let w = CreatedClientWire::deserialize(d)?;
        Ok(CreatedClient {
            client_id: w.client_id,
            password: SecretString::from(w.password),
        })
    }
}
