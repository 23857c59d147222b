use serde::{Deserialize, Serialize};

use crate::client::{collect_pages, seg, Call, Client};
use crate::dates::format_dotted;
use crate::error::Result;
use crate::models::{
    AddedGoodsOrder, CreatedId, Dispatcher, Document, ExternalIdMatch, GoodsOrder, GoodsOrderMeta,
    GoodsOrderPosition, LabelFile, OrderStatus, Package, ParcelHandover, SentPackageBooking,
    SentPackagesPage, SentPackagesQuery, TrackingInfo,
};
use crate::serde_util::{de_opt_i64, de_vec};
use crate::types::{Grams, ParcelId, WemaloOrderId};

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
    #[serde(deserialize_with = "de_vec")]
    packages: Vec<Package>,
}

#[derive(Deserialize)]
struct DispatcherList {
    #[serde(deserialize_with = "de_vec")]
    dispatcher: Vec<Dispatcher>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PositionsBody<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    external_id_match: Option<ExternalIdMatch>,
    positions: &'a [GoodsOrderPosition],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NoteBody<'a> {
    notices: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    notice_field: Option<i64>,
}

#[derive(Serialize)]
struct PriorityBody {
    priority: u8,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FinishBody {
    total_weight: Grams,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TrackingBody<'a> {
    tracking_number: &'a str,
}

#[derive(Deserialize)]
struct LabelList {
    #[serde(deserialize_with = "de_vec")]
    files: Vec<LabelFile>,
}

#[derive(Deserialize)]
struct Changed {
    #[serde(default, deserialize_with = "de_opt_i64")]
    changed: Option<i64>,
}

fn sent_query(mut call: Call, q: &SentPackagesQuery, with_dates: bool) -> Call {
    call = call.query_opt("externalId", q.external_id.as_deref());
    if with_dates {
        call = call
            .query_opt("dateFrom", q.date_from.map(format_dotted))
            .query_opt("dateTo", q.date_to.map(format_dotted));
    }
    call.query_opt("addRecipient", q.add_recipient)
        .query_opt("page", q.page)
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
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// use wemalo_client::{GoodsOrder, GoodsOrderMeta};
    /// let order = GoodsOrder {
    ///     meta: GoodsOrderMeta { external_id: "SO-100042".into(), ..Default::default() },
    ///     positions: vec![],
    /// };
    /// match client.goods_orders().add(&order).await {
    ///     Ok(added) => println!("Wemalo id {:?}", added.id),
    ///     Err(e) if e.is_not_found() => println!("unknown product: {:?}", e.message()),
    ///     Err(e) => return Err(e),
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn add(self, order: &GoodsOrder) -> Result<AddedGoodsOrder> {
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
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// # let order = wemalo_client::GoodsOrder::default();
    /// let state = client.goods_orders().add_conditional(&order).await?;
    /// println!("{:?} {:?}", state.status_name, state.reason_partially_reserved);
    /// # Ok(()) }
    /// ```
    pub async fn add_conditional(self, order: &GoodsOrder) -> Result<OrderStatus> {
        let call = Call::post(
            "goodsOrder/addConditional",
            "goodsOrder/addConditional".into(),
        )
        .json(order)?
        .idempotent();
        self.client.send(call).await
    }

    /// Replaces the order head (`PUT goodsOrder/updateMeta/:id`). Safe to repeat.
    pub async fn update_meta(self, external_id: &str, meta: &GoodsOrderMeta) -> Result<()> {
        let path = format!("goodsOrder/updateMeta/{}", seg(external_id)?);
        let call = Call::put("goodsOrder/updateMeta/:id", path)
            .json(&MetaBody { meta })?
            .idempotent();
        self.client.send_unit(call).await
    }

    /// Cancels an order that has not been picked yet (`PUT goodsOrder/cancel/:id`).
    /// Wemalo refuses once picking has begun; the refusal is an [`Error::Api`](crate::Error::Api).
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// if let Err(e) = client.goods_orders().cancel("SO-100042", Some("customer asked")).await {
    ///     println!("Wemalo refused: {e}");
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn cancel(self, external_id: &str, reason: Option<&str>) -> Result<()> {
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
    pub async fn status(self, external_id: &str) -> Result<OrderStatus> {
        let path = format!("goodsOrder/getStatus/{}", seg(external_id)?);
        self.client
            .send(Call::get("goodsOrder/getStatus/:id", path))
            .await
    }

    /// Packed parcels of an order, by your external id
    /// (`GET goodsOrder/packages?externalOrderId=`). Empty until packed.
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// for parcel in client.goods_orders().packages_by_external_id("SO-100042").await? {
    ///     println!("{:?} via {:?}", parcel.tracking_number, parcel.profile_name);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn packages_by_external_id(self, external_id: &str) -> Result<Vec<Package>> {
        let call = Call::get("goodsOrder/packages", "goodsOrder/packages".into())
            .query("externalOrderId", external_id);
        let list: PackageList = self.client.send(call).await?;
        Ok(list.packages)
    }

    /// Packed parcels of an order, by Wemalo's id (`GET goodsOrder/packages?orderId=`).
    pub async fn packages(self, order_id: WemaloOrderId) -> Result<Vec<Package>> {
        let call = Call::get("goodsOrder/packages", "goodsOrder/packages".into())
            .query("orderId", order_id.0.to_string());
        let list: PackageList = self.client.send(call).await?;
        Ok(list.packages)
    }

    /// Tracking number, profile and carrier of one parcel
    /// (`GET goodsOrder/package/:parcelId/trackingNumber`).
    ///
    /// ```no_run
    /// # async fn run(client: wemalo_client::Client) -> wemalo_client::Result<()> {
    /// let info = client.goods_orders().tracking_number(wemalo_client::ParcelId(90317)).await?;
    /// println!("{:?} ({:?})", info.tracking_number, info.carrier);
    /// # Ok(()) }
    /// ```
    pub async fn tracking_number(self, parcel_id: ParcelId) -> Result<TrackingInfo> {
        let path = format!("goodsOrder/package/{}/trackingNumber", parcel_id.0);
        self.client
            .send(Call::get(
                "goodsOrder/package/:parcelId/trackingNumber",
                path,
            ))
            .await
    }

    /// The carriers and dispatcher profiles of the account (`GET goodsOrder/profiles`).
    pub async fn profiles(self) -> Result<Vec<Dispatcher>> {
        let call = Call::get("goodsOrder/profiles", "goodsOrder/profiles".into());
        let list: DispatcherList = self.client.send(call).await?;
        Ok(list.dispatcher)
    }

    /// Adds positions to an existing order (`POST goodsOrder/addPosition/:externalId`);
    /// answers the order's state. Not retried once the server may have seen it.
    pub async fn add_positions(
        self,
        external_id: &str,
        external_id_match: Option<ExternalIdMatch>,
        positions: &[GoodsOrderPosition],
    ) -> Result<OrderStatus> {
        let path = format!("goodsOrder/addPosition/{}", seg(external_id)?);
        let body = PositionsBody {
            external_id_match,
            positions,
        };
        let call = Call::post("goodsOrder/addPosition/:externalId", path).json(&body)?;
        self.client.send(call).await
    }

    /// Removes the position with this `external_position_identifier`
    /// (`DELETE goodsOrder/removePosition/:externalId/:externalpositionId`).
    pub async fn remove_position(self, external_id: &str, position_id: &str) -> Result<()> {
        let path = format!(
            "goodsOrder/removePosition/{}/{}",
            seg(external_id)?,
            seg(position_id)?
        );
        let route = "goodsOrder/removePosition/:externalId/:externalpositionId";
        self.client.send_unit(Call::delete(route, path)).await
    }

    /// Adds a note to an order (`PUT goodsOrder/note/:externalId`); `notice_field` 1 is
    /// the picking note. Not retried, since a repeat could add the note twice.
    pub async fn add_note(
        self,
        external_id: &str,
        notices: &str,
        notice_field: Option<i64>,
    ) -> Result<()> {
        let path = format!("goodsOrder/note/{}", seg(external_id)?);
        let call = Call::put("goodsOrder/note/:externalId", path).json(&NoteBody {
            notices,
            notice_field,
        })?;
        self.client.send_unit(call).await
    }

    /// Sets the priority, 0 (most urgent) to 5 (`PUT goodsOrder/changePriority/:id`).
    pub async fn change_priority(self, external_id: &str, priority: u8) -> Result<()> {
        if priority > 5 {
            return Err(crate::Error::InvalidInput(format!(
                "priority {priority} is outside 0..=5"
            )));
        }
        let path = format!("goodsOrder/changePriority/{}", seg(external_id)?);
        let call = Call::put("goodsOrder/changePriority/:id", path)
            .json(&PriorityBody { priority })?
            .idempotent();
        self.client.send_unit(call).await
    }

    /// Attaches a PDF to an order (`POST goodsOrder/addDocument/:externalId`); answers
    /// the attachment id.
    pub async fn add_document(self, external_id: &str, document: &Document) -> Result<CreatedId> {
        let path = format!("goodsOrder/addDocument/{}", seg(external_id)?);
        let call = Call::post("goodsOrder/addDocument/:externalId", path).json(document)?;
        self.client.send(call).await
    }

    /// Has Wemalo pick, pack, label and send an order not yet picked
    /// (`POST goodsOrder/finish/:orderId`).
    pub async fn finish(self, order_id: WemaloOrderId, total_weight: Grams) -> Result<()> {
        let path = format!("goodsOrder/finish/{}", order_id.0);
        let call =
            Call::post("goodsOrder/finish/:orderId", path).json(&FinishBody { total_weight })?;
        self.client.send_unit(call).await
    }

    /// The shipping label files of a parcel (`GET goodsOrder/package/:parcelId/label`).
    pub async fn label(self, parcel_id: ParcelId) -> Result<Vec<LabelFile>> {
        let path = format!("goodsOrder/package/{}/label", parcel_id.0);
        let list: LabelList = self
            .client
            .send(Call::get("goodsOrder/package/:parcelId/label", path))
            .await?;
        Ok(list.files)
    }

    /// Hands a packed parcel to the carrier (`POST goodsOrder/package/:parcelId/sent`).
    pub async fn mark_parcel_sent(
        self,
        parcel_id: ParcelId,
        handover: &ParcelHandover,
    ) -> Result<()> {
        let path = format!("goodsOrder/package/{}/sent", parcel_id.0);
        let call = Call::post("goodsOrder/package/:parcelId/sent", path).json(handover)?;
        self.client.send_unit(call).await
    }

    /// Adds a tracking number to a parcel (`PUT goodsOrder/trackingNumber/:packageId`).
    /// Not retried, since a repeat could add the number twice.
    pub async fn add_tracking_number(self, parcel_id: ParcelId, tracking: &str) -> Result<()> {
        let path = format!("goodsOrder/trackingNumber/{}", parcel_id.0);
        let call = Call::put("goodsOrder/trackingNumber/:packageId", path).json(&TrackingBody {
            tracking_number: tracking,
        })?;
        self.client.send_unit(call).await
    }

    /// One page of sent parcel bookings by order or time range
    /// (`GET goodsOrder/sentPackages/`).
    pub async fn sent_packages(self, query: &SentPackagesQuery) -> Result<SentPackagesPage> {
        let call = Call::get(
            "goodsOrder/sentPackages/",
            "goodsOrder/sentPackages/".into(),
        );
        self.client.send(sent_query(call, query, true)).await
    }

    /// All pages of [`GoodsOrders::sent_packages`], from `query.page` (default 0) on.
    pub async fn sent_packages_all(
        self,
        query: &SentPackagesQuery,
    ) -> Result<Vec<SentPackageBooking>> {
        collect_pages(query.page.unwrap_or(0), |page| {
            let q = SentPackagesQuery {
                page: Some(page),
                ..query.clone()
            };
            async move { self.sent_packages(&q).await }
        })
        .await
    }

    /// One page of sent parcel bookings not flagged as synchronized yet
    /// (`GET goodsOrder/packages/sent/`); the date filters do not apply here.
    pub async fn unsynced_sent_packages(
        self,
        query: &SentPackagesQuery,
    ) -> Result<SentPackagesPage> {
        let call = Call::get(
            "goodsOrder/packages/sent/",
            "goodsOrder/packages/sent/".into(),
        );
        self.client.send(sent_query(call, query, false)).await
    }

    /// Flags one sent-parcel booking (its `history_id`) as synchronized
    /// (`PUT goodsOrder/packages/sent/:bookingId`). Safe to repeat.
    pub async fn flag_sent_package(self, booking_id: i64) -> Result<()> {
        let path = format!("goodsOrder/packages/sent/{booking_id}");
        let call = Call::put("goodsOrder/packages/sent/:bookingId", path).idempotent();
        self.client.send_unit(call).await
    }

    /// Drops all reservations of PARTIAL and OPEN orders (`DELETE goodsOrder/reservations`);
    /// answers how many orders changed.
    pub async fn delete_reservations(self) -> Result<i64> {
        let call = Call::delete("goodsOrder/reservations", "goodsOrder/reservations".into());
        let changed: Changed = self.client.send(call).await?;
        Ok(changed.changed.unwrap_or(0))
    }
}
