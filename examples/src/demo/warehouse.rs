//! The simulated people: the warehouse (goods receipt, picking, packing, shipping) and, when
//! the demo made up the shop itself, the merchant (cancelling orders, releasing one).

use billbee_client::fake::FakeBillbee;
use billbee_client::{OrderId, OrderState};
use rand::rngs::StdRng;
use rand::Rng;
use rust_decimal::Decimal;
use wemalo_client::fake::FakeWemalo;
use wemalo_client::OrderStatusName;

/// Goods arrive for every product Wemalo knows: a seeded quantity each, some none at all, so
/// that a few orders stay partly reserved.
pub fn receive_goods(wemalo: &FakeWemalo, rng: &mut StdRng) -> usize {
    let mut received = 0;
    for product in wemalo.products() {
        let quantity = match rng.random_range(0..10) {
            0 => 0,
            _ => rng.random_range(20..120),
        };
        if quantity > 0 && wemalo.receive_goods(&product.external_id, Decimal::from(quantity)) {
            received += 1;
        }
    }
    received
}

/// What the warehouse did in one round.
#[derive(Debug, Default, Clone, Copy)]
pub struct WarehouseRound {
    /// Orders that started picking.
    pub picking: usize,
    /// Orders shipped.
    pub shipped: usize,
    /// Parcels handed to carriers.
    pub parcels: usize,
}

/// One round of warehouse work: about half of the reserved orders get picked, and most of
/// the picked ones are packed and shipped, some in two parcels.
pub fn work(wemalo: &FakeWemalo, rng: &mut StdRng, round: u32) -> WarehouseRound {
    let mut done = WarehouseRound::default();
    for order in wemalo.goods_orders() {
        let ext = order.order.meta.external_id.clone();
        match order.status {
            OrderStatusName::Open if rng.random_range(0..100) < 55 => {
                let picked = wemalo.advance(&ext, OrderStatusName::InProcess).is_ok()
                    && wemalo.advance(&ext, OrderStatusName::InPicking).is_ok();
                if picked {
                    done.picking += 1;
                }
            }
            OrderStatusName::InPicking if rng.random_range(0..100) < 85 => {
                let _ = wemalo.advance(&ext, OrderStatusName::ReadyForShipment);
                let _ = wemalo.advance(&ext, OrderStatusName::Packed);
                let units: Decimal = order.order.positions.iter().map(|p| p.quantity).sum();
                let two = units >= Decimal::TWO && rng.random_range(0..100) < 20;
                let parcels = if two { 2 } else { 1 };
                let numbers: Vec<String> = (0..parcels)
                    .map(|p| format!("0034043{round}{:07}{p}", rng.random_range(0..9_999_999)))
                    .collect();
                let refs: Vec<&str> = numbers.iter().map(String::as_str).collect();
                if wemalo.ship(&ext, &refs).is_ok() {
                    done.shipped += 1;
                    done.parcels += parcels;
                }
            }
            _ => {}
        }
    }
    done
}

/// What the merchant did in one round.
#[derive(Debug, Default, Clone, Copy)]
pub struct MerchantRound {
    /// Orders cancelled while the warehouse had not started picking.
    pub cancelled_early: usize,
    /// Orders cancelled after picking had begun (Wemalo will refuse).
    pub cancelled_late: usize,
    /// Orders released again by removing the received tag.
    pub released: usize,
}

/// The merchant cancels a few orders (some already in picking) and releases two orders for
/// a change by removing the received tag, one of which the warehouse is already picking.
pub fn merchant(
    billbee: &FakeBillbee,
    wemalo: &FakeWemalo,
    received_tag: &str,
    rng: &mut StdRng,
) -> MerchantRound {
    let mut done = MerchantRound::default();
    let mut released_open = false;
    let mut released_late = false;
    for order in wemalo.goods_orders() {
        let Ok(id) = order.order.meta.external_id.parse::<i64>() else {
            continue;
        };
        let id = OrderId(id);
        let roll = rng.random_range(0..100);
        match order.status {
            OrderStatusName::Open | OrderStatusName::Partial if roll < 3 => {
                cancel(billbee, id);
                done.cancelled_early += 1;
            }
            OrderStatusName::InPicking if roll < 2 => {
                cancel(billbee, id);
                done.cancelled_late += 1;
            }
            OrderStatusName::Open if !released_open && roll > 90 => {
                released_open = release(billbee, id, received_tag, true);
                done.released += usize::from(released_open);
            }
            OrderStatusName::InPicking if !released_late && roll > 90 => {
                released_late = release(billbee, id, received_tag, false);
                done.released += usize::from(released_late);
            }
            _ => {}
        }
    }
    done
}

fn cancel(billbee: &FakeBillbee, id: OrderId) {
    billbee.update_order(id, |o| o.state = Some(OrderState::Cancelled));
}

/// Removes the received tag; `change_address` also edits the order, as a merchant would
/// before asking the warehouse to take the new version.
fn release(billbee: &FakeBillbee, id: OrderId, received_tag: &str, change_address: bool) -> bool {
    billbee.update_order(id, |o| {
        o.tags.retain(|t| !t.eq_ignore_ascii_case(received_tag));
        if change_address {
            if let Some(a) = o.shipping_address.as_mut() {
                a.line2 = Some("Bitte beim Nachbarn abgeben".into());
            }
        }
    })
}
