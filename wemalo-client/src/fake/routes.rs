//! HTTP side of the fake: auth, budget, faults, routing, answer bodies.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use percent_encoding::percent_decode_str;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use wiremock::{Request, Respond, ResponseTemplate};

use super::state::{status_id, warehouse_now, Outcome, Refusal, State};
use super::{FakeGoodsOrder, FaultKind};
use crate::dates::format_dotted;
use crate::dates::parse_hour_stamp;
use crate::models::{
    Document, ExternalIdMatch, GoodsOrder, GoodsOrderMeta, GoodsOrderPosition, GoodsReceipt,
    ParcelHandover, Product, ProductUnit, ReturnAnnouncement, WebhookRegistration,
};

pub(crate) struct Responder {
    pub(crate) state: Arc<Mutex<State>>,
}

/// A routed answer: status and JSON body (without `Success`/`status`, added later).
type Answer = Outcome<Value>;

fn ok(v: Value) -> Answer {
    Ok(v)
}

fn ok_empty() -> Answer {
    Ok(json!({}))
}

fn body<T: DeserializeOwned>(req: &Request) -> Outcome<T> {
    let bytes = if req.body.is_empty() {
        &b"{}"[..]
    } else {
        &req.body[..]
    };
    serde_json::from_slice(bytes).map_err(|e| Refusal::new(400, format!("invalid body: {e}")))
}

fn query(req: &Request, key: &str) -> Option<String> {
    req.url
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

fn envelope(status: u16, mut v: Value) -> Value {
    if let Value::Object(map) = &mut v {
        map.insert("Success".into(), Value::Bool(status == 200));
        map.insert("status".into(), json!(status));
    }
    v
}

fn error_body(r: &Refusal) -> Value {
    json!({"status": r.status, "Success": false, "message": r.message})
}

fn status_body(o: &FakeGoodsOrder) -> Value {
    json!({
        "statusId": status_id(&o.status),
        "statusName": o.status.as_str(),
        "reasonPartiallyReserved": o.reason.clone().unwrap_or_default(),
        "blockReason": if o.status == crate::models::OrderStatusName::BlockedPacked {
            "blocked by warehouse"
        } else {
            ""
        },
        "id": o.id.0,
        "orderNumber": o.order.meta.order_number.clone()
            .unwrap_or_else(|| o.order.meta.external_id.clone()),
        "deliveryDate": "",
    })
}

fn to_value<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

const HTML_PAGE: &str = "<html><head><title>Bad Gateway</title></head>\
<body><h1>Bad Gateway</h1><p>upstream did not answer</p></body></html>";

impl Respond for Responder {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        handle(&mut state, req)
    }
}

/// Path segments below `/v1/`, decoded.
fn segments(req: &Request) -> Vec<String> {
    let segs: Vec<String> = req
        .url
        .path_segments()
        .map(|s| {
            s.map(|x| percent_decode_str(x).decode_utf8_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    let mut segs: Vec<String> = segs.into_iter().skip_while(|s| s != "v1").skip(1).collect();
    if segs.last().is_some_and(String::is_empty) {
        segs.pop();
    }
    segs
}

fn handle(state: &mut State, req: &Request) -> ResponseTemplate {
    let method = req.method.as_str().to_ascii_uppercase();
    let segs = segments(req);
    let path = segs.join("/");
    let route = route_template(&method, &segs);
    state.request_count += 1;
    *state
        .by_endpoint
        .entry(format!("{method} {route}"))
        .or_default() += 1;

    let limits = state.count_call(Instant::now());
    let with_limits = |t: ResponseTemplate| match limits {
        Some((max, remaining, _)) => t
            .insert_header("x-wemalo-limit-maxcall", max.to_string().as_str())
            .insert_header(
                "x-wemalo-limit-remainingcall",
                remaining.to_string().as_str(),
            ),
        None => t,
    };
    let json_answer = |status: u16, v: Value| ResponseTemplate::new(status).set_body_json(v);

    if limits.is_some_and(|(_, _, over)| over) {
        state.rate_limited += 1;
        let r = Refusal::new(419, "Too many requests, call limit reached");
        // Whole seconds until the window ends, rounded up.
        let wait = state
            .window_left(Instant::now())
            .map_or(1, |d| d.as_secs() + u64::from(d.subsec_nanos() > 0));
        let answer = json_answer(419, error_body(&r))
            .insert_header("retry-after", wait.to_string().as_str());
        return with_limits(answer);
    }

    let fault = state.take_fault(&method, &path);
    let mut delay = None;
    let mut after_write = None;
    match fault {
        Some(FaultKind::RateLimited) => {
            state.rate_limited += 1;
            let r = Refusal::new(419, "Too many requests, call limit reached");
            return with_limits(json_answer(419, error_body(&r)));
        }
        Some(FaultKind::ServerError(code)) => {
            let r = Refusal::new(code, "internal server error");
            return with_limits(json_answer(code, error_body(&r)));
        }
        Some(FaultKind::HtmlBody(code)) => {
            return with_limits(
                ResponseTemplate::new(code).set_body_raw(HTML_PAGE, "text/html; charset=utf-8"),
            );
        }
        Some(FaultKind::EmptyBody(code)) => return with_limits(ResponseTemplate::new(code)),
        Some(FaultKind::Delay(d)) => delay = Some(d),
        Some(FaultKind::AfterWrite(code)) => after_write = Some(code),
        None => {}
    }

    let auth = req
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok());
    let expected = format!("JWT {}", super::FakeWemalo::TOKEN);
    let answer = if auth != Some(expected.as_str()) {
        Err(Refusal::new(401, "invalid or missing token"))
    } else {
        dispatch(state, req, &method, &segs)
    };

    if let Some(code) = after_write {
        return with_limits(
            ResponseTemplate::new(code).set_body_raw(HTML_PAGE, "text/html; charset=utf-8"),
        );
    }
    let template = match answer {
        Ok(v) => json_answer(200, envelope(200, v)),
        Err(r) => json_answer(r.status, error_body(&r)),
    };
    let template = match delay {
        Some(d) => template.set_delay(d),
        None => template,
    };
    with_limits(template)
}

/// The route template of a request, for counting (`GET goodsOrder/getStatus/:id`).
fn route_template(method: &str, segs: &[String]) -> String {
    let s: Vec<&str> = segs.iter().map(String::as_str).collect();
    let t = match (method, s.as_slice()) {
        (_, ["product", "update", _]) => "product/update/:externalId",
        (_, ["product", "get", _]) => "product/get/:externalId",
        (_, ["product", "stock", "reduced", _]) => "product/stock/reduced/:externalId",
        (_, ["product", "stock", _]) => "product/stock/:externalId",
        (_, ["product", "changeActiveFlag", _]) => "product/changeActiveFlag/:externalId",
        (_, ["product", "addImage", _]) => "product/addImage/:externalId",
        (_, ["product", "unit", _]) => "product/unit/:externalId",
        (_, ["goodsOrder", "updateMeta", _]) => "goodsOrder/updateMeta/:id",
        (_, ["goodsOrder", "cancel", _]) => "goodsOrder/cancel/:id",
        (_, ["goodsOrder", "getStatus", _]) => "goodsOrder/getStatus/:id",
        (_, ["goodsOrder", "changePriority", _]) => "goodsOrder/changePriority/:id",
        (_, ["goodsOrder", "note", _]) => "goodsOrder/note/:externalId",
        (_, ["goodsOrder", "addPosition", _]) => "goodsOrder/addPosition/:externalId",
        (_, ["goodsOrder", "addDocument", _]) => "goodsOrder/addDocument/:externalId",
        (_, ["goodsOrder", "removePosition", _, _]) => {
            "goodsOrder/removePosition/:externalId/:externalpositionId"
        }
        (_, ["goodsOrder", "finish", _]) => "goodsOrder/finish/:orderId",
        (_, ["goodsOrder", "package", _, last]) => {
            return format!("goodsOrder/package/:parcelId/{last}");
        }
        (_, ["goodsOrder", "trackingNumber", _]) => "goodsOrder/trackingNumber/:packageId",
        (_, ["goodsOrder", "packages", "sent", _]) => "goodsOrder/packages/sent/:bookingId",
        (_, ["returns", "booked", _]) => "returns/booked/:bookingId",
        (_, ["returns", "document", _]) => "returns/document/:externalId",
        (_, ["webhook", _]) => "webhook/:event",
        _ => return s.join("/"),
    };
    t.to_owned()
}

#[derive(Deserialize)]
struct ProductsBody {
    #[serde(default)]
    products: Vec<Product>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PositionsBody {
    #[serde(default)]
    external_id_match: Option<ExternalIdMatch>,
    #[serde(default)]
    positions: Vec<GoodsOrderPosition>,
}

/// Entries per page of the fake's paged reads.
const PAGE_SIZE: usize = 50;

fn sent_page(state: &State, req: &Request, unsynced_only: bool) -> Answer {
    let ext = query(req, "externalId");
    let parse = |key: &str| -> Outcome<Option<jiff::civil::DateTime>> {
        match query(req, key) {
            None => Ok(None),
            Some(v) => crate::dates::parse_dotted(&v)
                .map(Some)
                .map_err(|e| Refusal::new(400, e.to_string())),
        }
    };
    let (from, to) = (parse("dateFrom")?, parse("dateTo")?);
    let page: usize = query(req, "page").and_then(|p| p.parse().ok()).unwrap_or(0);
    let rows: Vec<_> = state
        .sent_bookings
        .iter()
        .filter(|r| !unsynced_only || !r.synced)
        .filter(|r| ext.as_deref().is_none_or(|e| e == r.external_order_id))
        .filter(|r| unsynced_only || from.is_none_or(|f| r.at >= f))
        .filter(|r| unsynced_only || to.is_none_or(|t| r.at <= t))
        .collect();
    let bookings: Vec<Value> = rows
        .iter()
        .skip(page * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|r| {
            let mut v = json!({
                "externalProductId": r.external_product_id, "productId": 0,
                "productName": r.name, "sku": r.sku, "historyId": r.history_id,
                "packageId": r.package_id, "orderStatusId": "500",
                "goodsOrderId": r.goods_order_id, "orderNumberCustomer": r.order_number,
                "externalGoodsOrderId": r.external_order_id,
                "handoverDate": format_dotted(r.at), "bookingDate": format_dotted(r.at),
                "trackingNumber": r.tracking_number, "count": r.count, "serialNumber": "",
                "dispatcherName": "DHL", "dispatcherProduct": "DHL Paket",
            });
            if query(req, "addRecipient").is_some_and(|a| a == "true") {
                let recv = state
                    .orders
                    .get(&r.external_order_id)
                    .and_then(|o| o.order.meta.receiver.first().cloned());
                if let (Value::Object(m), Some(recv)) = (&mut v, recv) {
                    m.insert("recipient".into(), to_value(&recv));
                }
            }
            v
        })
        .collect();
    ok(json!({
        "page": page,
        "additionalPage": rows.len() > (page + 1) * PAGE_SIZE,
        "bookings": bookings,
    }))
}

#[derive(Deserialize)]
struct MetaBody {
    #[serde(default)]
    meta: GoodsOrderMeta,
}

fn since_param(req: &Request) -> Outcome<jiff::civil::DateTime> {
    let raw =
        query(req, "fromDate").ok_or_else(|| Refusal::new(400, "missingParameter: fromDate"))?;
    parse_hour_stamp(&raw).map_err(|e| Refusal::new(400, e.to_string()))
}

fn dispatch(state: &mut State, req: &Request, method: &str, segs: &[String]) -> Answer {
    let s: Vec<&str> = segs.iter().map(String::as_str).collect();
    match (method, s.as_slice()) {
        // ----- products
        ("POST", ["product", "add"]) => {
            state.insert_product(body(req)?)?;
            ok_empty()
        }
        ("POST", ["product", "addMultiple"]) => {
            let b: ProductsBody = body(req)?;
            state.insert_products(b.products)?;
            ok_empty()
        }
        ("PUT", ["product", "update", ext]) => {
            state.update_product(ext, body(req)?)?;
            ok_empty()
        }
        ("GET", ["product", "get", ext]) => ok(to_value(state.product_or_404(ext, 404)?)),
        ("GET", ["product", "getAll"]) => {
            let since = since_param(req)?;
            let list: Vec<Value> = state
                .products
                .values()
                .filter(|p| {
                    state
                        .product_changed
                        .get(&p.external_id)
                        .is_some_and(|t| *t >= since)
                })
                .map(to_value)
                .collect();
            ok(json!({ "products": list }))
        }
        ("GET", ["product", "stock", "reduced", ext]) => {
            let p = state.product_or_404(ext, 400)?;
            let st = state.stock_of(&p.external_id);
            let hide = query(req, "hideDetails").is_some_and(|v| v == "true");
            let details = if hide {
                json!([])
            } else {
                json!([{
                    "id": format!("{}-1", p.external_id), "attributeId": 3,
                    "attributeEnglish": "1. Choice", "attributeGerman": "1. Wahl",
                    "isDefault": true, "serialNumber": "",
                    "quantity": st.on_hand, "reserved": st.reserved,
                }])
            };
            ok(json!({
                "lotStartPosition": 0, "lotEndPosition": 0,
                "quantity": st.on_hand, "notReservedQuantity": st.free(), "details": details,
            }))
        }
        ("GET", ["product", "stock", ext]) => {
            let p = state.product_or_404(ext, 400)?;
            let st = state.stock_of(&p.external_id);
            ok(json!({ "articles": [{
                "productId": 0, "productName": p.name, "sku": p.sku, "ean": p.ean,
                "barcode": p.ean, "serialnumber": "", "quantity": st.on_hand,
                "attributeId": 3, "attributeEnglish": "1. Choice", "attributeGerman": "1. Wahl",
                "clientId": 1, "clientName": "Fake Shop",
            }]}))
        }
        ("GET", ["product", "availableStock"]) => {
            let since = since_param(req)?;
            let list: Vec<Value> = state
                .products
                .values()
                .filter(|p| {
                    state
                        .stock_changed
                        .get(&p.external_id)
                        .is_some_and(|t| *t >= since)
                })
                .enumerate()
                .map(|(i, p)| {
                    let st = state.stock_of(&p.external_id);
                    json!({
                        "id": 45_000 + i, "sku": p.sku, "ean": p.ean, "externalId": p.external_id,
                        "virtualQuantity": 0,
                        "attributes": [{"id": 91, "external": "1", "isDefault": true,
                                        "quantity": st.on_hand}],
                    })
                })
                .collect();
            ok(json!({ "articles": list }))
        }
        ("PUT", ["product", "changeActiveFlag", ext]) => {
            #[derive(Deserialize)]
            #[serde(rename_all = "camelCase")]
            struct Flag {
                is_active: bool,
            }
            let f: Flag = body(req)?;
            state.product_or_404(ext, 404)?;
            if let Some(p) = state.products.get_mut(*ext) {
                p.is_active = Some(f.is_active);
            }
            state
                .product_changed
                .insert((*ext).to_owned(), warehouse_now());
            ok_empty()
        }
        ("PUT", ["product", "addImage", ext]) => {
            state.product_or_404(ext, 404)?;
            ok_empty()
        }
        ("GET", ["product", "shop"]) => ok(json!({ "shop": "fake-shop" })),

        // ----- goods orders
        ("POST", ["goodsOrder", "add"]) => {
            let id = state.add_order(body(req)?)?;
            ok(json!({ "id": id.0 }))
        }
        ("POST", ["goodsOrder", "addConditional"]) => {
            let order: GoodsOrder = body(req)?;
            let ext = state.add_conditional(order)?;
            let o = state.order_or_404(&ext)?;
            let mut v = status_body(o);
            if let Value::Object(m) = &mut v {
                m.insert("orderStatus".into(), json!(o.status.as_str()));
            }
            ok(v)
        }
        ("PUT", ["goodsOrder", "updateMeta", ext]) => {
            let b: MetaBody = body(req)?;
            state.update_meta(ext, b.meta)?;
            ok_empty()
        }
        ("PUT", ["goodsOrder", "cancel", ext]) => {
            state.cancel(ext)?;
            ok_empty()
        }
        ("GET", ["goodsOrder", "getStatus", ext]) => ok(status_body(state.order_or_404(ext)?)),
        ("GET", ["goodsOrder", "packages"]) => {
            let order = if let Some(ext) = query(req, "externalOrderId") {
                state.order_or_404(&ext)?
            } else if let Some(id) = query(req, "orderId") {
                let id: i64 = id
                    .parse()
                    .map_err(|_| Refusal::new(400, "orderId INVALID"))?;
                state
                    .orders
                    .values()
                    .find(|o| o.id.0 == id)
                    .ok_or_else(|| Refusal::new(404, format!("No goods order found: {id}")))?
            } else {
                return Err(Refusal::new(
                    400,
                    "missingParameter: orderId or externalOrderId",
                ));
            };
            ok(json!({ "packages": to_value(&order.packages) }))
        }
        ("GET", ["goodsOrder", "package", parcel, "trackingNumber"]) => {
            let id: i64 = parcel
                .parse()
                .map_err(|_| Refusal::new(400, "parcelId INVALID"))?;
            let p = state
                .find_parcel(id)
                .ok_or_else(|| Refusal::new(404, format!("No parcel found: {id}")))?;
            ok(json!({
                "trackingNumber": p.tracking_number.clone().unwrap_or_default(),
                "profileName": p.profile_name.clone().unwrap_or_default(),
                "carrier": "DHL",
            }))
        }
        ("GET", ["goodsOrder", "profiles"]) => ok(json!({ "dispatcher": [
            {"name": "DHL", "profiles": [
                {"name": "DHL Paket National", "product": "V01PAK", "services": "",
                 "field2": "", "field3": "", "matchId": "dhl"},
                {"name": "DHL Paket International", "product": "V53WPAK", "services": "",
                 "field2": "", "field3": "", "matchId": "intl"}]},
            {"name": "DPD", "profiles": [
                {"name": "DPD Classic", "product": "CL", "services": "",
                 "field2": "", "field3": "", "matchId": "dpd"}]}
        ]})),

        ("POST", ["goodsOrder", "addPosition", ext]) => {
            let b: PositionsBody = body(req)?;
            state.add_positions(ext, b.external_id_match, b.positions)?;
            let o = state.order_or_404(ext)?;
            ok(
                json!({"statusId": status_id(&o.status), "statusName": o.status.as_str(),
                      "deliveryDate": ""}),
            )
        }
        ("DELETE", ["goodsOrder", "removePosition", ext, pos]) => {
            state.remove_position(ext, pos)?;
            ok_empty()
        }
        ("PUT", ["goodsOrder", "note", ext]) => {
            #[derive(Deserialize)]
            struct Note {
                #[serde(default)]
                notices: String,
            }
            let n: Note = body(req)?;
            state.order_or_404(ext)?;
            state
                .notes
                .entry((*ext).to_owned())
                .or_default()
                .push(n.notices);
            ok_empty()
        }
        ("PUT", ["goodsOrder", "changePriority", ext]) => {
            #[derive(Deserialize)]
            struct Priority {
                priority: i64,
            }
            let p: Priority = body(req)?;
            if !(0..=5).contains(&p.priority) {
                return Err(Refusal::new(400, "priority INVALID"));
            }
            state.order_or_404(ext)?;
            if let Some(o) = state.orders.get_mut(*ext) {
                o.order.meta.priority = Some(p.priority);
            }
            ok_empty()
        }
        ("POST", ["goodsOrder", "addDocument", ext]) => {
            let d: Document = body(req)?;
            if d.base64_data.is_none() && d.file_url.is_none() {
                return Err(Refusal::new(400, "missingParameter: base64data"));
            }
            state.order_or_404(ext)?;
            let id = state.next_id();
            ok(json!({ "id": id }))
        }
        ("POST", ["goodsOrder", "finish", id]) => {
            let id: i64 = id
                .parse()
                .map_err(|_| Refusal::new(400, "orderId INVALID"))?;
            let ext = state
                .orders
                .values()
                .find(|o| o.id.0 == id)
                .map(|o| (o.order.meta.external_id.clone(), o.status.clone()))
                .ok_or_else(|| Refusal::new(404, format!("No goods order found: {id}")))?;
            if ext.1.picking_started() || ext.1.is_final() {
                return Err(Refusal::new(400, format!("order is {} already", ext.1)));
            }
            let tracking = format!("FAKE{id:012}");
            state
                .ship(&ext.0, &[tracking.as_str()])
                .map_err(|m| Refusal::new(400, m))?;
            ok_empty()
        }
        ("GET", ["goodsOrder", "package", parcel, "label"]) => {
            let id: i64 = parcel
                .parse()
                .map_err(|_| Refusal::new(400, "parcelId INVALID"))?;
            state
                .find_parcel(id)
                .ok_or_else(|| Refusal::new(404, format!("No parcel found: {id}")))?;
            ok(
                json!({"files": [{"id": id, "filename": format!("label-{id}.pdf"),
                                 "base64": "JVBERi0xLjQKJSBmYWtlIGxhYmVsCg=="}]}),
            )
        }
        ("POST", ["goodsOrder", "package", parcel, "sent"]) => {
            let id: i64 = parcel
                .parse()
                .map_err(|_| Refusal::new(400, "parcelId INVALID"))?;
            let h: ParcelHandover = body(req)?;
            let p = state
                .find_parcel_mut(id)
                .ok_or_else(|| Refusal::new(404, format!("No parcel found: {id}")))?;
            p.is_handed_over = Some(true);
            if h.dispatcher_profile.is_some() {
                if let Some(t) = h.tracking_number {
                    p.tracking_number = Some(t);
                }
            }
            ok_empty()
        }
        ("PUT", ["goodsOrder", "trackingNumber", parcel]) => {
            #[derive(Deserialize)]
            #[serde(rename_all = "camelCase")]
            struct Tracking {
                tracking_number: String,
            }
            let id: i64 = parcel
                .parse()
                .map_err(|_| Refusal::new(400, "packageId INVALID"))?;
            let t: Tracking = body(req)?;
            let p = state
                .find_parcel_mut(id)
                .ok_or_else(|| Refusal::new(404, format!("No parcel found: {id}")))?;
            p.tracking_number = Some(t.tracking_number);
            ok_empty()
        }
        ("GET", ["goodsOrder", "sentPackages"]) => sent_page(state, req, false),
        ("GET", ["goodsOrder", "packages", "sent"]) => sent_page(state, req, true),
        ("PUT", ["goodsOrder", "packages", "sent", booking]) => {
            let id: i64 = booking
                .parse()
                .map_err(|_| Refusal::new(400, "bookingId INVALID"))?;
            let rec = state
                .sent_bookings
                .iter_mut()
                .find(|r| r.history_id == id)
                .ok_or_else(|| Refusal::new(404, format!("No booking found: {id}")))?;
            rec.synced = true;
            ok_empty()
        }
        ("DELETE", ["goodsOrder", "reservations"]) => {
            let changed = state.delete_reservations();
            ok(json!({ "changed": changed }))
        }
        ("GET", ["product", "bookings", "flag"]) => {
            let reason = query(req, "reason")
                .ok_or_else(|| Refusal::new(400, "missingParameter: reason"))?;
            let page: usize = query(req, "page").and_then(|p| p.parse().ok()).unwrap_or(0);
            let open: Vec<_> = state
                .stock_bookings
                .iter()
                .filter(|b| !b.synced && b.reason == reason)
                .collect();
            let entries: Vec<Value> = open
                .iter()
                .skip(page * PAGE_SIZE)
                .take(PAGE_SIZE)
                .map(|b| {
                    json!({
                        "quantity": b.quantity, "shop": "", "productId": 0, "sku": b.sku,
                        "parcelId": b.parcel_id, "goodsOrderId": b.goods_order_id,
                        "extGoodsOrderId": b.external_order_id.clone().unwrap_or_default(),
                        "stockOrderId": 0, "extStockOrderId": "",
                        "externalIds": [{"value": "fake-shop", "key": b.external_product_id}],
                        "bookingHistoryEntries": [
                            {"extPositionReference": "", "historyId": b.history_id}],
                    })
                })
                .collect();
            ok(json!({
                "numberOfBookings": entries.len(), "maxResults": PAGE_SIZE, "page": page,
                "additionalPage": open.len() > (page + 1) * PAGE_SIZE, "entries": entries,
            }))
        }
        ("PUT", ["product", "bookings", "flag"]) => {
            #[derive(Deserialize)]
            #[serde(rename_all = "camelCase")]
            struct Ids {
                #[serde(default)]
                history_ids: Vec<i64>,
            }
            let ids: Ids = body(req)?;
            if ids.history_ids.len() > 50 {
                return Err(Refusal::new(400, "at most 50 historyIds per call"));
            }
            let mut updated = Vec::new();
            for b in state.stock_bookings.iter_mut() {
                if ids.history_ids.contains(&b.history_id) {
                    b.synced = true;
                    updated.push(b.history_id);
                }
            }
            let all = updated.len() == ids.history_ids.len();
            ok(json!({ "updated": updated, "allUpdated": all }))
        }
        ("GET", ["product", "unit", ext]) => {
            state.product_or_404(ext, 404)?;
            let list = state.units.get(*ext).cloned().unwrap_or_default();
            ok(json!({ "unitList": to_value(&list) }))
        }
        ("POST", ["product", "unit", ext]) => {
            state.product_or_404(ext, 404)?;
            let mut unit: ProductUnit = body(req)?;
            if unit.unit_id.trim().is_empty() {
                return Err(Refusal::new(400, "missingParameter: unitId"));
            }
            let id = match unit.entity_id {
                Some(id) => id,
                None => state.next_id(),
            };
            unit.entity_id = Some(id);
            let list = state.units.entry((*ext).to_owned()).or_default();
            list.retain(|u| u.entity_id != Some(id));
            list.push(unit);
            ok(json!({ "entityId": id }))
        }
        ("GET", ["goodsReceipt", "get"]) => {
            let list: Vec<Value> = state
                .receipts
                .iter()
                .map(|(id, r)| {
                    json!({"goodsReceiptId": id, "externalId": r.external_id,
                           "deliveryNote": r.delivery_number, "total": 0, "items": []})
                })
                .collect();
            ok(json!({ "page": 0, "additionalPage": false, "bookings": list }))
        }
        ("POST", ["returns", "document", _]) => ok_empty(),
        ("GET", ["returns", "getBookings" | "booked"]) | ("GET", ["refurbishment", "get"]) => {
            ok(json!({ "page": 0, "additionalPage": false, "bookings": [], "history": [] }))
        }
        ("PUT", ["returns", "booked", _]) => Err(Refusal::new(404, "No booking found")),
        ("GET", ["user", "genericInterfaces"]) => ok(json!({ "genericInterfaces": [] })),
        ("POST", ["client", "new"]) => Err(Refusal::new(403, "admin users only")),

        // ----- goods receipts, returns
        ("POST", ["goodsReceipt", "add"]) => {
            let r: GoodsReceipt = body(req)?;
            if r.items.is_empty() {
                return Err(Refusal::new(400, "missingParameter: items"));
            }
            for item in &r.items {
                match &item.external_id {
                    Some(ext) => {
                        state.product_or_404(ext, 404)?;
                    }
                    None if item.id.is_some() => {}
                    None => return Err(Refusal::new(400, "missingParameter: items.externalId")),
                }
                if item.quantity <= Decimal::ZERO {
                    return Err(Refusal::new(400, "quantity INVALID"));
                }
            }
            let id = state.next_id();
            state.receipts.push((id, r));
            ok(json!({ "id": id }))
        }
        ("POST", ["returns", "announce" | "announceConditional"]) => {
            let r: ReturnAnnouncement = body(req)?;
            if r.delivery_number.trim().is_empty() {
                return Err(Refusal::new(400, "missingParameter: deliveryNumber"));
            }
            let id = state.next_id();
            state.returns.push((id, r));
            ok(json!({ "id": id }))
        }

        // ----- webhooks
        ("POST", ["webhook", event]) => {
            let reg: WebhookRegistration = body(req)?;
            if reg.payload.trim().is_empty() {
                return Err(Refusal::new(400, "missingParameter: payload"));
            }
            let mode = if state.webhooks.contains_key(*event) {
                "update"
            } else {
                "create"
            };
            state.webhooks.insert((*event).to_owned(), reg.clone());
            ok(json!({"mode": mode, "event": event, "payload": reg.payload}))
        }
        ("GET", ["webhook"]) => {
            let hooks: Vec<Value> = state
                .webhooks
                .iter()
                .map(|(event, r)| json!({"event": event, "payload": r.payload, "token": r.token}))
                .collect();
            ok(json!({ "hooks": hooks }))
        }
        ("DELETE", ["webhook", event]) => {
            if state.webhooks.remove(*event).is_none() {
                return Err(Refusal::new(
                    404,
                    format!("No webhook registered for {event}"),
                ));
            }
            ok_empty()
        }
        _ => Err(Refusal::new(
            404,
            format!(
                "route not implemented by the fake: {method} {}",
                segs.join("/")
            ),
        )),
    }
}
