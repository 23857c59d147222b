//! `client.enums()`: Billbee's enum lists, each a bare `[{Id, Name}]`.

use crate::models::EnumEntry;
use crate::transport::Req;
use crate::Result;

handle!(
    /// Enum list endpoints; get it from [`Client::enums`](crate::Client::enums).
    Enums
);

macro_rules! enum_list {
    ($(#[$doc:meta])* $fn:ident, $path:literal) => {
        $(#[$doc])*
        pub async fn $fn(self) -> Result<Vec<EnumEntry>> {
            self.client.send(Req::get($path, $path)).await?.bare()
        }
    };
}

impl Enums<'_> {
    enum_list!(
        /// Payment types (`GET /enums/paymenttypes`), the values of `Order::payment_method`.
        ///
        /// ```no_run
        /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
        /// let types = client.enums().payment_types().await?;
        /// # Ok(()) }
        /// ```
        payment_types, "/enums/paymenttypes"
    );
    enum_list!(
        /// Shipping carriers (`GET /enums/shippingcarriers`).
        ///
        /// ```no_run
        /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
        /// let carriers = client.enums().shipping_carriers().await?;
        /// # Ok(()) }
        /// ```
        shipping_carriers, "/enums/shippingcarriers"
    );
    enum_list!(
        /// Sync states of shop accounts (`GET /enums/accountsyncstate`).
        ///
        /// ```no_run
        /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
        /// let states = client.enums().account_sync_states().await?;
        /// # Ok(()) }
        /// ```
        account_sync_states, "/enums/accountsyncstate"
    );
    enum_list!(
        /// Shop account types (`GET /enums/shopaccounttype`).
        ///
        /// ```no_run
        /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
        /// let types = client.enums().shop_account_types().await?;
        /// # Ok(()) }
        /// ```
        shop_account_types, "/enums/shopaccounttype"
    );
    enum_list!(
        /// Shipment types (`GET /enums/shipmenttypes`): shipment or return.
        ///
        /// ```no_run
        /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
        /// let types = client.enums().shipment_types().await?;
        /// # Ok(()) }
        /// ```
        shipment_types, "/enums/shipmenttypes"
    );
    enum_list!(
        /// Order states (`GET /enums/orderstates`),
        ///     the values of [`OrderState`](crate::OrderState).
        ///
        /// ```no_run
        /// # async fn run(client: billbee_client::Client) -> billbee_client::Result<()> {
        /// let states = client.enums().order_states().await?;
        /// # Ok(()) }
        /// ```
        order_states, "/enums/orderstates"
    );
}
