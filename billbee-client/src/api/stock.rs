//! `client.stock()`: stock locations, stock updates and reserved amounts.

use crate::models::*;
use crate::transport::Req;
use crate::Result;

handle!(
    /// Stock endpoints; get it from [`Client::stock`](crate::Client::stock).
    Stock
);

impl Stock<'_> {
    /// Sets the absolute stock of one product at one location (`POST /products/updatestock`).
    ///
    /// Not repeated on failure (POST). Repeating an absolute value is harmless, so a caller
    /// may retry on its own.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::UpdateStock;
    /// use rust_decimal::Decimal;
    /// let upd = UpdateStock { sku: Some("MUG-WHT-01".into()),
    ///     new_quantity: Some(Decimal::from(40)),
    ///     reason: Some("goods receipt".into()), ..Default::default() };
    /// let result = client.stock().update(&upd).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update(self, update: &UpdateStock) -> Result<UpdateStockResult> {
        let req = Req::post("/products/updatestock", "/products/updatestock").json(update)?;
        self.client.send(req).await?.envelope()
    }

    /// Sets the stock of several products in one request
    /// (`POST /products/updatestockmultiple`).
    ///
    /// The outer `Result` fails when the request as a whole failed; each inner one carries
    /// the outcome of the item at the same index (e.g. an unknown SKU).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::UpdateStock;
    /// let rows = [UpdateStock { sku: Some("A".into()), new_quantity: Some(5.into()),
    ///     ..Default::default() }];
    /// for outcome in client.stock().update_many(&rows).await? {
    ///     if let Err(e) = outcome { eprintln!("{e}"); }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn update_many(
        self,
        updates: &[UpdateStock],
    ) -> Result<Vec<Result<UpdateStockResult>>> {
        let req = Req::post(
            "/products/updatestockmultiple",
            "/products/updatestockmultiple",
        )
        .json(updates)?;
        self.client.send(req).await?.envelopes()
    }

    /// The stock locations of the account (`GET /products/stocks`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let locations = client.stock().locations().await?;
    /// # Ok(()) }
    /// ```
    pub async fn locations(self) -> Result<Vec<StockLocation>> {
        let req = Req::get("/products/stocks", "/products/stocks");
        self.client.send(req).await?.envelope()
    }

    async fn reserved(self, id: String, by: &str, stock_id: Option<i64>) -> Result<ReservedAmount> {
        let req = Req::get("/products/reservedamount", "/products/reservedamount")
            .query("id", id)
            .query("lookupBy", by)
            .query_opt("stockId", stock_id);
        self.client.send(req).await?.envelope()
    }

    /// The quantity of a product held by open orders, optionally at one stock location
    /// (`GET /products/reservedamount?lookupBy=id`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let r = client.stock().reserved_amount(billbee_client::ProductId(1), None).await?;
    /// # Ok(()) }
    /// ```
    pub async fn reserved_amount(
        self,
        product: ProductId,
        stock_id: Option<i64>,
    ) -> Result<ReservedAmount> {
        self.reserved(product.to_string(), "id", stock_id).await
    }

    /// Like [`reserved_amount`](Self::reserved_amount), looking the product up by SKU.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let r = client.stock().reserved_amount_by_sku("MUG-WHT-01", Some(100000000000301)).await?;
    /// # Ok(()) }
    /// ```
    pub async fn reserved_amount_by_sku(
        self,
        sku: &str,
        stock_id: Option<i64>,
    ) -> Result<ReservedAmount> {
        self.reserved(sku.to_owned(), "sku", stock_id).await
    }

    /// Sets the storage bin code of a product at a location (`POST /products/updatestockcode`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::UpdateStockCode;
    /// let code = UpdateStockCode { sku: Some("MUG-WHT-01".into()),
    ///     stock_code: Some("B-02-11".into()),
    ///     ..Default::default() };
    /// client.stock().update_stock_code(&code).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update_stock_code(self, code: &UpdateStockCode) -> Result<()> {
        let req = Req::post("/products/updatestockcode", "/products/updatestockcode").json(code)?;
        self.client.send(req).await?.loose().map(drop)
    }
}
