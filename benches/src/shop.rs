//! A generated shop of any size, in the shape a real merchant's data has: simple products
//! with awkward SKUs and umlauts, 5 % bundles (type 2 with a bill of material), a few
//! products without EAN, and orders that are mostly eligible (paid, tagged `wemalo`), with
//! bundle lines, vouchers and the odd address without a country.
//!
//! Deterministic: the same seed and size always give the same shop.

use billbee_client::{
    Address, BillbeeDateTime, BomItem, MultiLanguageString, Order, OrderId, OrderItem, OrderState,
    Product, ProductId, ProductType, SoldProduct,
};
use rust_decimal::Decimal;

/// First Billbee article id of the simple products.
pub const PRODUCT_ID_BASE: i64 = 1_000_000_000_000_000;
/// First Billbee article id of the bundles.
pub const BUNDLE_ID_BASE: i64 = 2_000_000_000_000_000;
/// First Billbee order id.
pub const ORDER_ID_BASE: i64 = 3_000_001_000_000_000;

/// How big the shop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShopSize {
    /// All products, bundles included (one in twenty is a bundle).
    pub products: usize,
    /// All orders (nine in ten are eligible: paid and tagged `wemalo`).
    pub orders: usize,
}

impl ShopSize {
    /// Bundles among the products.
    pub fn bundles(&self) -> usize {
        self.products / 20
    }
}

/// The merchant's Billbee data.
#[derive(Debug, Clone, Default)]
pub struct Shop {
    /// Products, simple ones first, then bundles.
    pub products: Vec<Product>,
    /// Orders, by id.
    pub orders: Vec<Order>,
}

/// A small, fast, seeded generator (SplitMix64); enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `lo..hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo).max(1) as usize) as i64
    }
}

const GOODS: &[(&str, &str)] = &[
    ("Grüner Tee Sencha", "TEA/GRN"),
    ("Schwarzer Tee Assam", "TEA/BLK"),
    ("Kräutertee Pfefferminze", "TEA HERB"),
    ("Teekanne Steingut 1 l", "POT-1L"),
    ("Becher \"Nordlicht\" 350 ml", "MUG 350"),
    ("Teesieb Edelstahl", "SIEVE#S"),
    ("Honig aus der Lüneburger Heide", "HONEY/LH"),
    ("Geschenkbox 🎁 klein", "BOX-S"),
];
const NAMES: &[(&str, &str)] = &[
    ("Lena", "Beispiel"),
    ("Jürgen", "Müller-Lüdenscheidt"),
    ("Zoë", "Großkopf"),
    ("Øyvind", "Nørgaard"),
    ("François", "Dubois 🌻"),
    ("Mehmet", "Şahin"),
];
const CITIES: &[(&str, &str, &str)] = &[
    ("20095", "Hamburg", "DE"),
    ("80331", "München", "DE"),
    ("1010", "Wien", "AT"),
    ("8001", "Zürich", "CH"),
    ("75002", "Paris", "FR"),
];

/// Builds a shop of `size` for `seed`, every timestamp `now`. Billbee's stock of every
/// product starts at 0: a merchant moving to a new warehouse before the goods arrive.
pub fn generate(seed: u64, size: ShopSize, now: BillbeeDateTime) -> Shop {
    let mut rng = Rng::new(seed);
    let bundles = size.bundles();
    let simple = size.products.saturating_sub(bundles).max(1);
    let mut products = Vec::with_capacity(size.products);
    for n in 0..simple {
        products.push(simple_product(&mut rng, n));
    }
    for b in 0..bundles {
        let parts = (0..rng.range(2, 4))
            .map(|_| {
                let part = &products[rng.below(simple)];
                BomItem {
                    amount: Some(Decimal::from(rng.range(1, 4))),
                    article_id: part.id,
                    sku: part.sku.clone(),
                }
            })
            .collect();
        products.push(Product {
            id: Some(ProductId(BUNDLE_ID_BASE + b as i64)),
            r#type: Some(ProductType::Bundle),
            sku: Some(format!("SET / Probierset {b:05}")),
            ean: Some(format!("21{b:011}")),
            title: vec![MultiLanguageString {
                text: Some(format!("Probierset Nr. {b} ☕")),
                language_code: Some("DE".into()),
            }],
            price: Some(Decimal::new(2490, 2)),
            bill_of_material: parts,
            ..Product::default()
        });
    }
    let orders = (0..size.orders)
        .map(|n| order(&mut rng, n, &products, now, None))
        .collect();
    Shop { products, orders }
}

fn simple_product(rng: &mut Rng, n: usize) -> Product {
    let (name, sku) = GOODS[n % GOODS.len()];
    let variant = n / GOODS.len();
    // One product in 200 has no EAN: reported, not sent, and its orders are held.
    let ean = (n % 200 != 199).then(|| format!("20{n:011}"));
    Product {
        id: Some(ProductId(PRODUCT_ID_BASE + n as i64)),
        r#type: Some(ProductType::Product),
        sku: Some(format!("{sku}-{variant:05}")),
        ean,
        title: vec![MultiLanguageString {
            text: Some(format!("{name} Nr. {variant}")),
            language_code: Some("DE".into()),
        }],
        price: Some(Decimal::new(rng.range(190, 4990), 2)),
        weight: Some(rng.range(50, 2500) as i32),
        weight_net: Some(rng.range(40, 2000) as i32),
        length_cm: Some(Decimal::new(rng.range(50, 400), 1)),
        width_cm: Some(Decimal::new(rng.range(50, 300), 1)),
        height_cm: Some(Decimal::new(rng.range(10, 200), 1)),
        taric_number: Some("09021000".into()),
        country_of_origin: Some(["DE", "CN", "JP", "IN"][n % 4].into()),
        manufacturer: Some("Nordlicht Tees GmbH".into()),
        stock_current: Some(Decimal::ZERO),
        ..Product::default()
    }
}

/// Order number `n` of a shop: with `eligible` `None`, nine in ten are paid and tagged
/// `wemalo`; `Some(true)` forces an eligible one (a new order arriving later).
pub fn order(
    rng: &mut Rng,
    n: usize,
    products: &[Product],
    now: BillbeeDateTime,
    eligible: Option<bool>,
) -> Order {
    let id = ORDER_ID_BASE + n as i64;
    let roll = if eligible == Some(true) {
        0
    } else {
        rng.below(100)
    };
    let (state, mut tags) = match roll {
        0..=89 => (OrderState::Paid, vec!["wemalo".to_string()]),
        90..=93 => (OrderState::Ordered, vec!["wemalo".to_string()]),
        94..=96 => (OrderState::Paid, vec!["Abholung".to_string()]),
        _ => (OrderState::Shipped, vec!["wemalo".to_string()]),
    };
    if n % 11 == 0 {
        tags.push("VIP ⭐".to_string());
    }
    let (first, last) = NAMES[rng.below(NAMES.len())];
    let (zip, city, country) = CITIES[rng.below(CITIES.len())];
    // One order in 100 lacks a country: held with a reason.
    let country = if n % 100 == 57 { "" } else { country };
    let address = Address {
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        company: (n % 9 == 0).then(|| "Teestube Grüne Oase GmbH & Co. KG".into()),
        street: Some("Straße des 17. Juni".into()),
        house_number: Some(format!("{}", 1 + n % 200)),
        zip: Some(zip.into()),
        city: Some(city.into()),
        country_iso2: Some(country.into()),
        line2: (n % 5 == 0).then(|| "c/o Hinterhof, 2. OG links".into()),
        email: Some(format!("kunde{n}@example.org")),
        ..Address::default()
    };
    let mut items = Vec::new();
    for k in 0..rng.range(1, 4) {
        let p = &products[rng.below(products.len())];
        let qty = Decimal::from(rng.range(1, 4));
        let total = p.price.unwrap_or(Decimal::ONE) * qty;
        items.push(OrderItem {
            billbee_id: Some(id * 10 + k),
            product: Some(SoldProduct {
                billbee_id: p.id,
                sku: p.sku.clone(),
                title: p.title.first().and_then(|t| t.text.clone()),
                r#type: p.r#type,
                ..SoldProduct::default()
            }),
            quantity: Some(qty),
            total_price: Some(total),
            tax_amount: Some((total * Decimal::new(19, 0) / Decimal::new(119, 0)).round_dp(10)),
            tax_index: Some(1),
            ..OrderItem::default()
        });
    }
    if n % 17 == 0 {
        items.push(OrderItem {
            billbee_id: Some(id * 10 + 9),
            product: Some(SoldProduct {
                title: Some("Gutschein -5 €".into()),
                sku: Some("VOUCHER".into()),
                ..SoldProduct::default()
            }),
            quantity: Some(Decimal::ONE),
            total_price: Some(Decimal::new(-500, 2)),
            is_coupon: Some(true),
            ..OrderItem::default()
        });
    }
    let total: Decimal = items.iter().filter_map(|i| i.total_price).sum();
    Order {
        billbee_order_id: Some(OrderId(id)),
        order_number: Some(format!("SO-{}", 100_000 + n)),
        id: Some(format!("shop#{n}/2026")),
        state: Some(state),
        tags,
        currency: Some("EUR".into()),
        total_cost: Some(total + Decimal::new(490, 2)),
        shipping_cost: Some(Decimal::new(490, 2)),
        created_at: Some(now),
        last_modified_at: Some(now),
        invoice_address: Some(address.clone()),
        shipping_address: Some(address),
        order_items: items,
        ..Order::default()
    }
}

/// Whether an order is one the sync hands over (paid and tagged `wemalo`).
pub fn is_eligible(order: &Order) -> bool {
    order.state == Some(OrderState::Paid)
        && order.tags.iter().any(|t| t.eq_ignore_ascii_case("wemalo"))
}
