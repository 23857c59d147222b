use serde::{Deserialize, Serialize};

use crate::client::{seg, Call, Client};
use crate::error::Result;
use crate::models::{
    AddedGoodsOrder, Dispatcher, GoodsOrder, GoodsOrderMeta, OrderStatus, Package, TrackingInfo,
};
use crate::serde_util::de_vec;
use crate::types::{ParcelId, WemaloOrderId};

/// Outbound orders: `client.goods_orders()`.
///
/// Calls taking `external_id` use the id you sent as `meta.externalId`; calls taking a
/// [`WemaloOrderId`] or [`ParcelId`] use Wemalo's internal numbers.
#[derive(Debug, Clone, Copy)]
pub struct GoodsOrders<'a> {
    client: &'a Client,
}

#[derive(Serialize)]
struct MetaBody<'a> {
    meta: &'a GoodsOrderMeta,
}

#[derive(Serialize)]
struct CancelBody<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
}

#[derive(Deserialize)]
struct PackageList {
    #[serde(default, deserialize_with = "de_vec")]
    packages: Vec<Package>,
}

#[derive(Deserialize)]
struct DispatcherList {
    #[serde(default, deserialize_with = "de_vec")]
    dispatcher: Vec<Dispatcher>,
}

impl Client {
    /// Outbound orders.
    pub fn goods_orders(&self) -> GoodsOrders<'_> {
        GoodsOrders { client: self }
    }
}

impl<'a> GoodsOrders<'a> {
    /// Creates a goods order (`POST goodsOrder/add`) and returns Wemalo's id for it.
    ///
    /// Never retried once the server may have seen it: a lost answer could mean the
    /// order exists. Before sending again, ask [`GoodsOrders::status`] (an unknown
    /// external id answers with an error), or use [`GoodsOrders::add_conditional`].
    /// An unknown product in a position is reported as an error with body status 404
    /// ([`Error::is_not_found`](crate::Error::is_not_found)).
    pub async fn add(&self, order: &GoodsOrder) -> Result<AddedGoodsOrder> {
        let call = Call::post("goodsOrder/add", "goodsOrder/add".into()).json(order)?;
        self.client.send(call).await
    }

    /// Creates the order if its external id is new, otherwise replaces it while Wemalo
    /// still allows changes (`POST goodsOrder/addConditional`, the call Wemalo's own
    /// plugin uses). Answers the order's state.
    ///
    /// Because sending the same order twice yields one order, this call is retried on
    /// rate limits and server errors. The route is missing from the 2019 apidoc; the
    /// "create or update" meaning is inferred from Wemalo's plugin.
    pub async fn add_conditional(&self, order: &GoodsOrder) -> Result<OrderStatus> {
        let call = Call::post(
            "goodsOrder/addConditional",
            "goodsOrder/addConditional".into(),
        )
        .json(order)?
        .idempotent();
        self.client.send(call).await
    }

    /// Replaces the order head (`PUT goodsOrder/updateMeta/:id`). Safe to repeat.
    pub async fn update_meta(&self, external_id: &str, meta: &GoodsOrderMeta) -> Result<()> {
        let path = format!("goodsOrder/updateMeta/{}", seg(external_id)?);
        let call = Call::put("goodsOrder/updateMeta/:id", path)
            .json(&MetaBody { meta })?
            .idempotent();
        self.client.send_unit(call).await
    }

    /// Cancels an order that has not been picked yet (`PUT goodsOrder/cancel/:id`).
    /// Wemalo refuses once picking has begun; the refusal is an [`Error::Api`](crate::Error::Api).
    pub async fn cancel(&self, external_id: &str, reason: Option<&str>) -> Result<()> {
        let path = format!("goodsOrder/cancel/{}", seg(external_id)?);
        let call = Call::put("goodsOrder/cancel/:id", path)
            .json(&CancelBody { reason })?
            .idempotent();
        self.client.send_unit(call).await
    }

    /// The order's state (`GET goodsOrder/getStatus/:id`).
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// let status = client.goods_orders().status("SO-100042").await?;
    /// if status.status_name.as_ref().is_some_and(|s| s.picking_started()) {
    ///     println!("too late to change the order");
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn status(&self, external_id: &str) -> Result<OrderStatus> {
        let path = format!("goodsOrder/getStatus/{}", seg(external_id)?);
        self.client
            .send(Call::get("goodsOrder/getStatus/:id", path))
            .await
    }

    /// Packed parcels of an order, by your external id
    /// (`GET goodsOrder/packages?externalOrderId=`). Empty until packed.
    pub async fn packages_by_external_id(&self, external_id: &str) -> Result<Vec<Package>> {
        let call = Call::get("goodsOrder/packages", "goodsOrder/packages".into())
            .query("externalOrderId", external_id);
        let list: PackageList = self.client.send(call).await?;
        Ok(list.packages)
    }

    /// Packed parcels of an order, by Wemalo's id (`GET goodsOrder/packages?orderId=`).
    pub async fn packages(&self, order_id: WemaloOrderId) -> Result<Vec<Package>> {
        let call = Call::get("goodsOrder/packages", "goodsOrder/packages".into())
            .query("orderId", order_id.0.to_string());
        let list: PackageList = self.client.send(call).await?;
        Ok(list.packages)
    }

    /// Tracking number, profile and carrier of one parcel
    /// (`GET goodsOrder/package/:parcelId/trackingNumber`).
    pub async fn tracking_number(&self, parcel_id: ParcelId) -> Result<TrackingInfo> {
        let path = format!("goodsOrder/package/{}/trackingNumber", parcel_id.0);
        self.client
            .send(Call::get(
                "goodsOrder/package/:parcelId/trackingNumber",
                path,
            ))
            .await
    }

    /// The carriers and dispatcher profiles of the account (`GET goodsOrder/profiles`).
    pub async fn profiles(&self) -> Result<Vec<Dispatcher>> {
        let call = Call::get("goodsOrder/profiles", "goodsOrder/profiles".into());
        let list: DispatcherList = self.client.send(call).await?;
        Ok(list.dispatcher)
    }
}
