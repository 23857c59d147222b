//! `client.customers()`: the customer register.

use crate::models::*;
use crate::transport::Req;
use crate::{Client, Page, Result};
use serde_json::{Map, Value};

handle!(
    /// Customer endpoints; get it from [`Client::customers`].
    Customers
);

impl<'a> Customers<'a> {
    /// Lists customers (`GET /customers`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let all = client.customers().list().collect_all().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(self) -> ListCustomers<'a> {
        ListCustomers::new(self.client)
    }

    /// Creates a customer with a first address (`POST /customers`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::NewCustomer;
    /// let c = NewCustomer { name: Some("Lena Testperson".into()), ..Default::default() };
    /// let created = client.customers().create(&c).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(self, customer: &NewCustomer) -> Result<Customer> {
        let req = Req::post("/customers", "/customers").json(customer)?;
        self.client.send(req).await?.envelope()
    }

    /// Reads one customer (`GET /customers/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let c = client.customers().get(100000000700002).await?;
    /// # Ok(()) }
    /// ```
    pub async fn get(self, id: i64) -> Result<Customer> {
        self.client
            .send(Req::get("/customers/{id}", format!("/customers/{id}")))
            .await?
            .envelope()
    }

    /// Replaces a customer's data (`PUT /customers/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let mut c = client.customers().get(1).await?;
    /// c.tel1 = Some("+49 30 000000".into());
    /// client.customers().update(1, &c).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update(self, id: i64, customer: &Customer) -> Result<Customer> {
        let req = Req::put("/customers/{id}", format!("/customers/{id}"), false).json(customer)?;
        self.client.send(req).await?.envelope()
    }

    /// Lists a customer's orders in a short form (`GET /customers/{id}/orders`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let orders = client.customers().orders(1).collect_all().await?;
    /// # Ok(()) }
    /// ```
    pub fn orders(self, id: i64) -> ListCustomerOrders<'a> {
        ListCustomerOrders {
            client: self.client,
            id,
            page: None,
            page_size: None,
        }
    }

    /// Lists a customer's addresses (`GET /customers/{id}/addresses`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let addresses = client.customers().addresses(1).collect_all().await?;
    /// # Ok(()) }
    /// ```
    pub fn addresses(self, id: i64) -> ListCustomerAddressesOf<'a> {
        ListCustomerAddressesOf {
            client: self.client,
            id,
            page: None,
            page_size: None,
        }
    }

    /// Adds an address to a customer (`POST /customers/{id}/addresses`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::CustomerAddress;
    /// let a = CustomerAddress { city: Some("Köln".into()), ..Default::default() };
    /// let saved = client.customers().add_address(1, &a).await?;
    /// # Ok(()) }
    /// ```
    pub async fn add_address(self, id: i64, address: &CustomerAddress) -> Result<CustomerAddress> {
        let req = Req::post(
            "/customers/{id}/addresses",
            format!("/customers/{id}/addresses"),
        )
        .json(address)?;
        self.client.send(req).await?.envelope()
    }

    /// Reads one address (`GET /customers/addresses/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let a = client.customers().address(2).await?;
    /// # Ok(()) }
    /// ```
    pub async fn address(self, address_id: i64) -> Result<CustomerAddress> {
        let req = Req::get(
            "/customers/addresses/{id}",
            format!("/customers/addresses/{address_id}"),
        );
        self.client.send(req).await?.envelope()
    }

    /// Replaces an address (`PUT /customers/addresses/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let mut a = client.customers().address(2).await?;
    /// a.zip = Some("50667".into());
    /// client.customers().update_address(2, &a).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update_address(
        self,
        address_id: i64,
        address: &CustomerAddress,
    ) -> Result<CustomerAddress> {
        let path = format!("/customers/addresses/{address_id}");
        let req = Req::put("/customers/addresses/{id}", path, false).json(address)?;
        self.client.send(req).await?.envelope()
    }

    /// Changes some fields of an address (`PATCH /customers/addresses/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let mut fields = serde_json::Map::new();
    /// fields.insert("Tel1".into(), "+49 221 0000000".into());
    /// client.customers().patch_address(2, &fields).await?;
    /// # Ok(()) }
    /// ```
    pub async fn patch_address(
        self,
        address_id: i64,
        fields: &Map<String, Value>,
    ) -> Result<CustomerAddress> {
        let path = format!("/customers/addresses/{address_id}");
        let req = Req::patch("/customers/addresses/{id}", path).json(fields)?;
        self.client.send(req).await?.envelope()
    }
}

simple_list!(
    /// Builder for `GET /customers`; from [`Customers::list`].
    ListCustomers,
    Customer,
    "/customers"
);

/// Builder for `GET /customers/{id}/orders`; from [`Customers::orders`].
#[derive(Clone, Debug)]
#[must_use = "call .send(), .stream() or .collect_all()"]
pub struct ListCustomerOrders<'a> {
    client: &'a Client,
    id: i64,
    page: Option<u32>,
    page_size: Option<u32>,
}

impl<'a> ListCustomerOrders<'a> {
    paging!(CustomerOrder);

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<CustomerOrder>> {
        let page = self.page.unwrap_or(1);
        let req = Req::get(
            "/customers/{id}/orders",
            format!("/customers/{}/orders", self.id),
        )
        .query("page", page)
        .query_opt("pageSize", self.page_size);
        self.client.send(req).await?.paged(page)
    }
}

/// Builder for `GET /customers/{id}/addresses`; from [`Customers::addresses`].
#[derive(Clone, Debug)]
#[must_use = "call .send(), .stream() or .collect_all()"]
pub struct ListCustomerAddressesOf<'a> {
    client: &'a Client,
    id: i64,
    page: Option<u32>,
    page_size: Option<u32>,
}

impl<'a> ListCustomerAddressesOf<'a> {
    paging!(CustomerAddress);

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<CustomerAddress>> {
        let page = self.page.unwrap_or(1);
        let req = Req::get(
            "/customers/{id}/addresses",
            format!("/customers/{}/addresses", self.id),
        )
        .query("page", page)
        .query_opt("pageSize", self.page_size);
        self.client.send(req).await?.paged(page)
    }
}
