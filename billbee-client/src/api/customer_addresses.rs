//! `client.customer_addresses()`: customer addresses addressed directly.

use crate::models::*;
use crate::transport::Req;
use crate::Result;

handle!(
    /// Customer address endpoints; get it from
    /// [`Client::customer_addresses`](crate::Client::customer_addresses).
    CustomerAddresses
);

impl<'a> CustomerAddresses<'a> {
    /// Lists all customer addresses (`GET /customer-addresses`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let all = client.customer_addresses().list().collect_all().await?;
    /// # Ok(()) }
    /// ```
    pub fn list(self) -> ListCustomerAddresses<'a> {
        ListCustomerAddresses::new(self.client)
    }

    /// Creates an address; set `customer_id` (`POST /customer-addresses`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// use billbee_client::CustomerAddress;
    /// let a = CustomerAddress { customer_id: Some(1), city: Some("Köln".into()),
    ///     ..Default::default() };
    /// let saved = client.customer_addresses().create(&a).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(self, address: &CustomerAddress) -> Result<CustomerAddress> {
        let req = Req::post("/customer-addresses", "/customer-addresses").json(address)?;
        self.client.send(req).await?.envelope()
    }

    /// Reads one address (`GET /customer-addresses/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let a = client.customer_addresses().get(2).await?;
    /// # Ok(()) }
    /// ```
    pub async fn get(self, id: i64) -> Result<CustomerAddress> {
        let req = Req::get(
            "/customer-addresses/{id}",
            format!("/customer-addresses/{id}"),
        );
        self.client.send(req).await?.envelope()
    }

    /// Replaces an address (`PUT /customer-addresses/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
    /// let mut a = client.customer_addresses().get(2).await?;
    /// a.street = Some("Hauptstraße".into());
    /// client.customer_addresses().update(2, &a).await?;
    /// # Ok(()) }
    /// ```
    pub async fn update(self, id: i64, address: &CustomerAddress) -> Result<CustomerAddress> {
        let req = Req::put(
            "/customer-addresses/{id}",
            format!("/customer-addresses/{id}"),
            false,
        )
        .json(address)?;
        self.client.send(req).await?.envelope()
    }
}

simple_list!(
    /// Builder for `GET /customer-addresses`; from [`CustomerAddresses::list`].
    ListCustomerAddresses,
    CustomerAddress,
    "/customer-addresses"
);
