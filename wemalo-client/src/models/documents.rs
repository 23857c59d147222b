use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::serde_util::{de_opt_i64, de_opt_string, de_string};

/// Kind of an uploaded document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum DocumentType {
    /// `BILL`: invoice to put into the parcel.
    Bill,
    /// `RETURNSHIPMENT`: return label or form.
    ReturnShipment,
    /// `GOODSORDERCUSTOMSDOCUMENTS`: customs papers.
    GoodsOrderCustomsDocuments,
    /// `GOODSORDERDELIVERYNOTE`: delivery note.
    GoodsOrderDeliveryNote,
    /// `DOCUMENT`: any document (the type for returns); the default.
    #[default]
    Document,
    /// Any other type, sent as is.
    Other(String),
}

impl DocumentType {
    /// The wire text.
    pub fn as_str(&self) -> &str {
        match self {
            DocumentType::Bill => "BILL",
            DocumentType::ReturnShipment => "RETURNSHIPMENT",
            DocumentType::GoodsOrderCustomsDocuments => "GOODSORDERCUSTOMSDOCUMENTS",
            DocumentType::GoodsOrderDeliveryNote => "GOODSORDERDELIVERYNOTE",
            DocumentType::Document => "DOCUMENT",
            DocumentType::Other(s) => s,
        }
    }
}

impl From<&str> for DocumentType {
    fn from(s: &str) -> Self {
        match s {
            "BILL" => DocumentType::Bill,
            "RETURNSHIPMENT" => DocumentType::ReturnShipment,
            "GOODSORDERCUSTOMSDOCUMENTS" => DocumentType::GoodsOrderCustomsDocuments,
            "GOODSORDERDELIVERYNOTE" => DocumentType::GoodsOrderDeliveryNote,
            "DOCUMENT" => DocumentType::Document,
            other => DocumentType::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for DocumentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DocumentType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DocumentType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(DocumentType::from(String::deserialize(d)?.as_str()))
    }
}

/// A PDF for `goodsOrder/addDocument/:externalId` or `returns/document/:externalId`:
/// give the bytes as base64 or a URL Wemalo fetches (orders only). At most 50 MB.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Kind of document.
    #[serde(default)]
    pub doc_type: DocumentType,
    /// File name, e.g. `invoice-100042.pdf`.
    #[serde(default, deserialize_with = "de_string")]
    pub doc_name: String,
    /// The PDF, base64 encoded (JSON `base64data`).
    #[serde(
        default,
        rename = "base64data",
        skip_serializing_if = "Option::is_none"
    )]
    pub base64_data: Option<String>,
    /// A URL to fetch the PDF from instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
}

impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Document")
            .field("doc_type", &self.doc_type)
            .field("doc_name", &self.doc_name)
            .field("base64_data", &self.base64_data.as_ref().map(|d| d.len()))
            .field("file_url", &self.file_url)
            .finish()
    }
}

/// A shipping label file (`goodsOrder/package/:parcelId/label`).
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LabelFile {
    /// Wemalo's label id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_i64"
    )]
    pub id: Option<i64>,
    /// File name, e.g. `shipping-label.pdf`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de_opt_string"
    )]
    pub filename: Option<String>,
    /// File content, base64 encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base64: Option<String>,
}

impl fmt::Debug for LabelFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LabelFile")
            .field("id", &self.id)
            .field("filename", &self.filename)
            .field("base64", &self.base64.as_ref().map(|d| d.len()))
            .finish()
    }
}
