//! `client.products()`: articles, their images, categories and custom fields.

use crate::models::*;
use crate::transport::{seg, Req};
use crate::{Client, Page, Result};
use jiff::Timestamp;
use serde_json::{Map, Value};

handle!(
    /// Product (article) endpoints; get it from [`Client::products`].
    Products
);

impl<'a> Products<'a> {
    /// Lists articles (`GET /products`). There is no modified-since filter: detect changes by
    /// comparing what you read.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let all = client.products().list().collect_all().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(self) -> ListProducts<'a> {
        ListProducts {
            client: self.client,
            page: None,
            page_size: None,
            min_created_at: None,
            minimum_article_id: None,
            maximum_article_id: None,
        }
    }

    async fn lookup(self, key: &str, by: &str) -> Result<Product> {
        let req =
            Req::get("/products/{id}", format!("/products/{}", seg(key)?)).query("lookupBy", by);
        self.client.send(req).await?.envelope()
    }

    /// Reads one article by Billbee id (`GET /products/{id}?lookupBy=id`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let p = client.products().get(billbee_client::ProductId(100000000550002)).await?;
    /// # Ok(()) }
    /// ```
    pub async fn get(self, id: ProductId) -> Result<Product> {
        self.lookup(&id.to_string(), "id").await
    }

    /// Reads one article by SKU (`GET /products/{sku}?lookupBy=sku`); the SKU is encoded.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let p = client.products().get_by_sku("MUG-KÖLN/01").await?;
    /// # Ok(()) }
    /// ```
    pub async fn get_by_sku(self, sku: &str) -> Result<Product> {
        self.lookup(sku, "sku").await
    }

    /// Reads one article by EAN (`GET /products/{ean}?lookupBy=ean`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let p = client.products().get_by_ean("4000000000024").await?;
    /// # Ok(()) }
    /// ```
    pub async fn get_by_ean(self, ean: &str) -> Result<Product> {
        self.lookup(ean, "ean").await
    }

    /// Creates an article (`POST /products`). Billbee requires `vat_index`, `price`,
    /// `vat1_rate`, `vat2_rate`, `type`, `is_digital` and `is_customizable`.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::{Product, ProductType};
    /// use rust_decimal::Decimal;
    /// let p = Product { sku: Some("MUG-01".into()), r#type: Some(ProductType::Product),
    ///     price: Some(Decimal::new(1190, 2)), vat_index: Some(1), vat1_rate: Some(19.into()),
    ///     vat2_rate: Some(7.into()), is_digital: Some(false), is_customizable: Some(false),
    ///     ..Default::default() };
    /// let created = client.products().create(&p).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(self, product: &Product) -> Result<Product> {
        let req = Req::post("/products", "/products").json(product)?;
        self.client.send(req).await?.loose_as()
    }

    /// Changes some fields of an article (`PATCH /products/{id}`), e.g. `{"EAN": "..."}`;
    /// see [`patchable_fields`](Self::patchable_fields). Returns the article.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let mut fields = serde_json::Map::new();
    /// fields.insert("EAN".into(), "4000000000024".into());
    /// let p = client.products().patch(billbee_client::ProductId(1), &fields).await?;
    /// # Ok(()) }
    /// ```
    pub async fn patch(self, id: ProductId, fields: &Map<String, Value>) -> Result<Product> {
        let req = Req::patch("/products/{id}", format!("/products/{id}")).json(fields)?;
        self.client.send(req).await?.loose_as()
    }

    /// Deletes an article (`DELETE /products/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// client.products().delete(billbee_client::ProductId(1)).await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete(self, id: ProductId) -> Result<()> {
        let req = Req::delete("/products/{id}", format!("/products/{id}"));
        self.client.send(req).await?.loose().map(drop)
    }

    /// The article fields that [`patch`](Self::patch) accepts (`GET /products/PatchableFields`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let fields = client.products().patchable_fields().await?;
    /// # Ok(()) }
    /// ```
    pub async fn patchable_fields(self) -> Result<Value> {
        let req = Req::get("/products/PatchableFields", "/products/PatchableFields");
        self.client.send(req).await?.loose()
    }

    /// The product categories of the account (`GET /products/category`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let cats = client.products().categories().await?;
    /// # Ok(()) }
    /// ```
    pub async fn categories(self) -> Result<Value> {
        let req = Req::get("/products/category", "/products/category");
        self.client.send(req).await?.loose()
    }

    /// Lists the custom field definitions (`GET /products/custom-fields`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let defs = client.products().custom_fields().collect_all().await?;
    /// # Ok(()) }
    /// ```
    pub fn custom_fields(self) -> ListCustomFields<'a> {
        ListCustomFields::new(self.client)
    }

    /// Reads one custom field definition (`GET /products/custom-fields/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let def = client.products().custom_field(100000000210001).await?;
    /// # Ok(()) }
    /// ```
    pub async fn custom_field(self, id: i64) -> Result<CustomFieldDefinition> {
        let req = Req::get(
            "/products/custom-fields/{id}",
            format!("/products/custom-fields/{id}"),
        );
        self.client.send(req).await?.envelope()
    }

    /// The images of an article (`GET /products/{productId}/images`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let images = client.products().images(billbee_client::ProductId(1)).await?;
    /// # Ok(()) }
    /// ```
    pub async fn images(self, product: ProductId) -> Result<Vec<ProductImage>> {
        let req = Req::get(
            "/products/{productId}/images",
            format!("/products/{product}/images"),
        );
        self.client.send(req).await?.envelope()
    }

    /// Adds images to an article, or replaces all of them when `replace` is true
    /// (`PUT /products/{productId}/images`). Not repeated on failure: it may append twice.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::ProductImage;
    /// let img = ProductImage { url: Some("https://img.example/1.jpg".into()),
    ///     ..Default::default() };
    /// let all = client.products().put_images(billbee_client::ProductId(1), &[img], false).await?;
    /// # Ok(()) }
    /// ```
    pub async fn put_images(
        self,
        product: ProductId,
        images: &[ProductImage],
        replace: bool,
    ) -> Result<Vec<ProductImage>> {
        let req = Req::put(
            "/products/{productId}/images",
            format!("/products/{product}/images"),
            false,
        )
        .query("replace", replace)
        .json(images)?;
        self.client.send(req).await?.envelope()
    }

    /// Reads one image of an article (`GET /products/{productId}/images/{imageId}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let img = client.products().image_of_product(billbee_client::ProductId(1), 2).await?;
    /// # Ok(()) }
    /// ```
    pub async fn image_of_product(self, product: ProductId, image: i64) -> Result<ProductImage> {
        let path = format!("/products/{product}/images/{image}");
        let req = Req::get("/products/{productId}/images/{imageId}", path);
        self.client.send(req).await?.envelope()
    }

    /// Updates one image of an article; image id 0 adds a new one
    /// (`PUT /products/{productId}/images/{imageId}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::ProductImage;
    /// let img = ProductImage { position: Some(1), ..Default::default() };
    /// let saved = client.products().put_image(billbee_client::ProductId(1), 2, &img).await?;
    /// # Ok(()) }
    /// ```
    pub async fn put_image(
        self,
        product: ProductId,
        image: i64,
        data: &ProductImage,
    ) -> Result<ProductImage> {
        let path = format!("/products/{product}/images/{image}");
        let req = Req::put("/products/{productId}/images/{imageId}", path, false).json(data)?;
        self.client.send(req).await?.envelope()
    }

    /// Deletes one image of an article (`DELETE /products/{productId}/images/{imageId}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// client.products().delete_image_of_product(billbee_client::ProductId(1), 2).await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete_image_of_product(self, product: ProductId, image: i64) -> Result<()> {
        let path = format!("/products/{product}/images/{image}");
        let req = Req::delete("/products/{productId}/images/{imageId}", path);
        self.client.send(req).await?.loose().map(drop)
    }

    /// Reads an image by its id alone (`GET /products/images/{imageId}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let img = client.products().image(2).await?;
    /// # Ok(()) }
    /// ```
    pub async fn image(self, image: i64) -> Result<ProductImage> {
        let req = Req::get(
            "/products/images/{imageId}",
            format!("/products/images/{image}"),
        );
        self.client.send(req).await?.envelope()
    }

    /// Deletes an image by its id alone (`DELETE /products/images/{imageId}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// client.products().delete_image(2).await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete_image(self, image: i64) -> Result<()> {
        let req = Req::delete(
            "/products/images/{imageId}",
            format!("/products/images/{image}"),
        );
        self.client.send(req).await?.loose().map(drop)
    }

    /// Deletes several images (`POST /products/images/delete`) and reports which ids were
    /// deleted and which were not found.
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let report = client.products().delete_images(&[2, 3]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete_images(self, images: &[i64]) -> Result<DeletedImages> {
        let req = Req::post("/products/images/delete", "/products/images/delete").json(images)?;
        self.client.send(req).await?.envelope()
    }
}

/// Builder for `GET /products`; from [`Products::list`].
#[derive(Clone, Debug)]
#[must_use = "call .send(), .stream() or .collect_all()"]
pub struct ListProducts<'a> {
    client: &'a Client,
    page: Option<u32>,
    page_size: Option<u32>,
    min_created_at: Option<Timestamp>,
    minimum_article_id: Option<ProductId>,
    maximum_article_id: Option<ProductId>,
}

impl<'a> ListProducts<'a> {
    paging!(Product);

    /// Only articles created at or after this instant (`minCreatedAt`).
    pub fn min_created_at(mut self, at: Timestamp) -> Self {
        self.min_created_at = Some(at);
        self
    }

    /// Only articles with at least this id (`minimumBillBeeArticleId`); finds new ones cheaply.
    pub fn minimum_article_id(mut self, id: ProductId) -> Self {
        self.minimum_article_id = Some(id);
        self
    }

    /// Only articles with at most this id (`maximumBillBeeArticleId`).
    pub fn maximum_article_id(mut self, id: ProductId) -> Self {
        self.maximum_article_id = Some(id);
        self
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<Product>> {
        let page = self.page.unwrap_or(1);
        let req = Req::get("/products", "/products")
            .query("page", page)
            .query_opt("pageSize", self.page_size)
            .query_opt("minCreatedAt", self.min_created_at)
            .query_opt("minimumBillBeeArticleId", self.minimum_article_id)
            .query_opt("maximumBillBeeArticleId", self.maximum_article_id);
        self.client.send(req).await?.paged(page)
    }
}

simple_list!(
    /// Builder for `GET /products/custom-fields`; from [`Products::custom_fields`].
    ListCustomFields,
    CustomFieldDefinition,
    "/products/custom-fields"
);
