use jiff::civil::DateTime;
use serde::{Deserialize, Serialize};

use crate::client::{collect_pages, seg, Call, Client};
use crate::dates::format_hour_stamp;
use crate::error::Result;
use crate::models::de_wrapped_vec;
use crate::models::{
    AddedUnit, AvailableStock, BookingReason, FlaggedBookings, Product, ProductImage, ProductUnit,
    ReducedStock, ShopInfo, StockArticle, StockBooking, StockBookingsPage,
};
use crate::serde_util::de_vec;

/// Product master data and stock: `client.products()`.
#[derive(Debug, Clone, Copy)]
pub struct Products<'a> {
    client: &'a Client,
}

/// How many booking history ids `PUT product/bookings/flag` takes per call;
/// [`Products::flag_bookings`] splits longer lists.
pub const BOOKING_FLAG_BATCH: usize = 50;

#[derive(Serialize)]
struct ProductsBody<'a> {
    products: &'a [Product],
}

#[derive(Deserialize)]
struct ProductList {
    #[serde(deserialize_with = "de_vec")]
    products: Vec<Product>,
}

#[derive(Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
struct Articles<T> {
    #[serde(deserialize_with = "de_wrapped_vec")]
    articles: Vec<T>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UnitList {
    #[serde(deserialize_with = "de_vec")]
    unit_list: Vec<ProductUnit>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ActiveFlag {
    is_active: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HistoryIds<'a> {
    history_ids: &'a [i64],
}

impl Client {
    /// Product master data and stock.
    pub fn products(&self) -> Products<'_> {
        Products { client: self }
    }
}

impl<'a> Products<'a> {
    /// Creates one product (`POST product/add`). Not retried after the server may have
    /// seen it; on doubt, check with [`Products::get`].
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// use wemalo_client::{Grams, Product};
    /// client.products().add(&Product {
    ///     external_id: "NLT-1001".into(),
    ///     sku: "NLT-GRN-100".into(),
    ///     product_group: "default".into(),
    ///     name: Some("Green Tea Sencha 100 g".into()),
    ///     net_weight: Some(Grams(100)),
    ///     ..Default::default()
    /// }).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add(self, product: &Product) -> Result<()> {
        let call = Call::post("product/add", "product/add".into()).json(product)?;
        self.client.send_unit(call).await
    }

    /// Creates several products in one call (`POST product/addMultiple`). Wemalo
    /// documents no batch limit; Wemalo's plugin sends a product with its variants.
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// use wemalo_client::Product;
    /// let batch = vec![Product {
    ///     external_id: "NLT-1001".into(), sku: "NLT-GRN-100".into(),
    ///     product_group: "tea".into(), ..Default::default()
    /// }];
    /// client.products().add_many(&batch).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add_many(self, products: &[Product]) -> Result<()> {
        let body = ProductsBody { products };
        let call = Call::post("product/addMultiple", "product/addMultiple".into()).json(&body)?;
        self.client.send_unit(call).await
    }

    /// Replaces the master data of the product with this external id
    /// (`PUT product/update/:externalId`). Safe to repeat.
    pub async fn update(self, external_id: &str, product: &Product) -> Result<()> {
        let path = format!("product/update/{}", seg(external_id)?);
        let call = Call::put("product/update/:externalId", path)
            .json(product)?
            .idempotent();
        self.client.send_unit(call).await
    }

    /// Reads one product by external id (`GET product/get/:externalId`).
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// let product = client.products().get("NLT-1001").await?;
    /// println!("{} weighs {:?}", product.sku, product.net_weight);
    /// # Ok(()) }
    /// ```
    pub async fn get(self, external_id: &str) -> Result<Product> {
        let path = format!("product/get/{}", seg(external_id)?);
        self.client
            .send(Call::get("product/get/:externalId", path))
            .await
    }

    /// Reads all products changed since `since` (`GET product/getAll?fromDate=`), at hour
    /// precision (rounded down, so nothing is missed).
    pub async fn get_all(self, since: DateTime) -> Result<Vec<Product>> {
        let call = Call::get("product/getAll", "product/getAll".into())
            .query("fromDate", format_hour_stamp(since));
        let list: ProductList = self.client.send(call).await?;
        Ok(list.products)
    }

    /// Stock rows per serial number / quality attribute (`GET product/stock/:externalId`).
    pub async fn stock(self, external_id: &str) -> Result<Vec<StockArticle>> {
        let path = format!("product/stock/{}", seg(external_id)?);
        let list: Articles<StockArticle> = self
            .client
            .send(Call::get("product/stock/:externalId", path))
            .await?;
        Ok(list.articles)
    }

    /// Stock totals, reserved and free (`GET product/stock/reduced/:externalId`).
    /// `hide_details` leaves out the per-attribute rows.
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// let stock = client.products().stock_reduced("NLT-2001", true).await?;
    /// println!("sellable: {:?}", stock.not_reserved_quantity);
    /// # Ok(()) }
    /// ```
    pub async fn stock_reduced(
        self,
        external_id: &str,
        hide_details: bool,
    ) -> Result<ReducedStock> {
        let path = format!("product/stock/reduced/{}", seg(external_id)?);
        let call = Call::get("product/stock/reduced/:externalId", path)
            .query("hideDetails", hide_details.to_string());
        self.client.send(call).await
    }

    /// Stock of every product whose stock changed since `since`
    /// (`GET product/availableStock/?fromDate=`), at hour precision (rounded down).
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// let since = jiff::civil::date(2025, 3, 1).at(8, 0, 0, 0);
    /// for article in client.products().available_stock(since).await? {
    ///     println!("{:?}: {}", article.external_id, article.total_quantity());
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn available_stock(self, since: DateTime) -> Result<Vec<AvailableStock>> {
        let call = Call::get("product/availableStock/", "product/availableStock/".into())
            .query("fromDate", format_hour_stamp(since));
        let list: Articles<AvailableStock> = self.client.send(call).await?;
        Ok(list.articles)
    }

    /// Activates or deactivates a product (`PUT product/changeActiveFlag/:externalId`).
    pub async fn change_active_flag(self, external_id: &str, active: bool) -> Result<()> {
        let path = format!("product/changeActiveFlag/{}", seg(external_id)?);
        let call = Call::put("product/changeActiveFlag/:externalId", path)
            .json(&ActiveFlag { is_active: active })?
            .idempotent();
        self.client.send_unit(call).await
    }

    /// Uploads a product image (`PUT product/addImage/:externalId`).
    pub async fn add_image(self, external_id: &str, image: &ProductImage) -> Result<()> {
        let path = format!("product/addImage/{}", seg(external_id)?);
        let call = Call::put("product/addImage/:externalId", path).json(image)?;
        self.client.send_unit(call).await
    }

    /// Lists the packing units of a product (`GET product/unit/:externalId`).
    pub async fn units(self, external_id: &str) -> Result<Vec<ProductUnit>> {
        let path = format!("product/unit/{}", seg(external_id)?);
        let list: UnitList = self
            .client
            .send(Call::get("product/unit/:externalId", path))
            .await?;
        Ok(list.unit_list)
    }

    /// Creates a packing unit, or updates it when `unit.entity_id` is set
    /// (`POST product/unit/:externalId`).
    pub async fn add_unit(self, external_id: &str, unit: &ProductUnit) -> Result<AddedUnit> {
        let path = format!("product/unit/{}", seg(external_id)?);
        let mut call = Call::post("product/unit/:externalId", path).json(unit)?;
        if unit.entity_id.is_some() {
            call = call.idempotent();
        }
        self.client.send(call).await
    }

    /// The shop name the account is tied to (`GET product/shop`, a route Wemalo's own
    /// plugin uses but the 2019 apidoc does not list).
    pub async fn shop(self) -> Result<ShopInfo> {
        self.client
            .send(Call::get("product/shop", "product/shop".into()))
            .await
    }

    /// One page of stock bookings not yet flagged as synchronized
    /// (`GET product/bookings/flag?reason=&page=`).
    pub async fn bookings(self, reason: &BookingReason, page: u32) -> Result<StockBookingsPage> {
        let call = Call::get("product/bookings/flag", "product/bookings/flag".into())
            .query("reason", reason.as_str())
            .query("page", page.to_string());
        self.client.send(call).await
    }

    /// All pages of [`Products::bookings`] from page 0 on.
    pub async fn bookings_all(self, reason: &BookingReason) -> Result<Vec<StockBooking>> {
        collect_pages(0, |page| self.bookings(reason, page)).await
    }

    /// Flags booking history ids as synchronized (`PUT product/bookings/flag`), in calls
    /// of at most [`BOOKING_FLAG_BATCH`] ids. Safe to repeat. The answers are merged.
    pub async fn flag_bookings(self, history_ids: &[i64]) -> Result<FlaggedBookings> {
        let mut merged = FlaggedBookings {
            history_ids: Vec::new(),
            all_updated: Some(true),
        };
        let mut all = true;
        for chunk in history_ids.chunks(BOOKING_FLAG_BATCH) {
            let call = Call::put("product/bookings/flag", "product/bookings/flag".into())
                .json(&HistoryIds { history_ids: chunk })?
                .idempotent();
            let answer: FlaggedBookings = self.client.send(call).await?;
            all &= answer
                .all_updated
                .unwrap_or(answer.history_ids.len() == chunk.len());
            merged.history_ids.extend(answer.history_ids);
        }
        merged.all_updated = Some(all);
        Ok(merged)
    }
}
