use crate::client::{Call, Client};
use crate::error::Result;
use crate::models::{CreatedId, GoodsReceipt};

/// Inbound deliveries: `client.goods_receipts()`.
#[derive(Debug, Clone, Copy)]
pub struct GoodsReceipts<'a> {
    client: &'a Client,
}

impl Client {
    /// Inbound deliveries.
    pub fn goods_receipts(&self) -> GoodsReceipts<'_> {
        GoodsReceipts { client: self }
    }
}

impl<'a> GoodsReceipts<'a> {
    /// Announces expected goods (`POST goodsReceipt/add`); answers Wemalo's receipt id.
    /// Not retried once the server may have seen it.
    pub async fn add(&self, receipt: &GoodsReceipt) -> Result<CreatedId> {
        let call = Call::post("goodsReceipt/add", "goodsReceipt/add".into()).json(receipt)?;
        self.client.send(call).await
    }
}
