//! A realistic, seeded shop: products with awkward SKUs and bundles, and about a thousand
//! orders in mixed states with awkward addresses, umlauts and emoji.

use billbee_client::{
    Address, BillbeeDateTime, BomItem, MultiLanguageString, Order, OrderItem, OrderState, Product,
    ProductId, ProductType, SoldProduct,
};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::Decimal;
use serde::Deserialize;

/// The merchant's data in the Billbee API's own JSON shape: `{"Products": [...],
/// "Orders": [...]}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ShopData {
    /// Billbee products (articles); required, `[]` for none.
    pub products: Vec<Product>,
    /// Billbee orders; required, `[]` for none.
    pub orders: Vec<Order>,
}

/// Sizes of the generated shop.
#[derive(Debug, Clone, Copy)]
pub struct ShopSize {
    /// Simple products.
    pub products: usize,
    /// Bundles made of simple products.
    pub bundles: usize,
    /// Orders.
    pub orders: usize,
}

impl Default for ShopSize {
    fn default() -> Self {
        ShopSize {
            products: 320,
            bundles: 24,
            orders: 1000,
        }
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
    ("Kandis braun 500 g", "CANDY 500"),
    ("Geschenkbox 🎁 klein", "BOX-S"),
    ("Matcha Bambusbesen", "WHISK&CO"),
];

const FIRST: &[&str] = &[
    "Lena",
    "Jürgen",
    "Zoë",
    "Øyvind",
    "Ana-Sofía",
    "Mehmet",
    "Åsa",
    "François",
    "Li",
    "Ingrid",
];
const LAST: &[&str] = &[
    "Beispiel",
    "Müller-Lüdenscheidt",
    "Großkopf",
    "O'Neill",
    "van der Berg",
    "Şahin",
    "Nørgaard",
    "Dubois 🌻",
    "Wang",
    "Schäfer",
];
const STREETS: &[(&str, Option<&str>)] = &[
    ("Hauptstraße", Some("12a")),
    ("Am Alten Hafen 3 Hinterhaus", None),
    ("Rue de la Paix", Some("7 bis")),
    ("Königsallee", Some("1-3")),
    ("Straße des 17. Juni", Some("135")),
    ("Postfach 10 20 30", None),
    ("Via Roma", Some("22/B")),
];
const CITIES: &[(&str, &str, &str)] = &[
    ("20095", "Hamburg", "DE"),
    ("80331", "München", "DE"),
    ("1010", "Wien", "AT"),
    ("8001", "Zürich", "CH"),
    ("75002", "Paris", "FR"),
    ("00184", "Roma", "IT"),
    ("0150", "Oslo", "NO"),
];

/// Builds the shop for a seed. The same seed always gives the same shop.
pub fn generate(seed: u64, size: ShopSize, now: BillbeeDateTime) -> ShopData {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut products = Vec::new();
    for n in 0..size.products {
        let (name, sku) = GOODS[n % GOODS.len()];
        let id = 1_000_000_000_000_000 + n as i64;
        let variant = n / GOODS.len();
        let ean = if n % 97 == 13 {
            None
        } else {
            Some(format!("20{:011}", 12_345_000 + n))
        };
        products.push(Product {
            id: Some(ProductId(id)),
            r#type: Some(ProductType::Product),
            sku: Some(format!("{sku}-{variant:03}")),
            ean,
            title: vec![MultiLanguageString {
                text: Some(format!("{name} Nr. {variant}")),
                language_code: Some("DE".into()),
            }],
            price: Some(Decimal::new(rng.random_range(190..4990), 2)),
            weight: Some(rng.random_range(50..2500)),
            weight_net: Some(rng.random_range(40..2000)),
            length_cm: Some(Decimal::new(rng.random_range(50..400), 1)),
            width_cm: Some(Decimal::new(rng.random_range(50..300), 1)),
            height_cm: Some(Decimal::new(rng.random_range(10..200), 1)),
            taric_number: Some("09021000".into()),
            country_of_origin: Some(["DE", "CN", "JP", "IN"][n % 4].into()),
            manufacturer: Some("Nordlicht Tees GmbH".into()),
            stock_current: Some(Decimal::ZERO),
            ..Product::default()
        });
    }
    for b in 0..size.bundles {
        let id = 2_000_000_000_000_000 + b as i64;
        let parts: Vec<BomItem> = (0..rng.random_range(2..4))
            .map(|k| {
                let part = &products[(b * 7 + k * 13) % size.products.max(1)];
                BomItem {
                    amount: Some(Decimal::from(rng.random_range(1..4))),
                    article_id: part.id,
                    sku: part.sku.clone(),
                }
            })
            .collect();
        products.push(Product {
            id: Some(ProductId(id)),
            r#type: Some(ProductType::Bundle),
            sku: Some(format!("SET / Probierset {b:02}")),
            ean: Some(format!("21{:011}", 500 + b)),
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
        .map(|n| order(&mut rng, n, &products, now))
        .collect();
    ShopData { products, orders }
}

fn order(rng: &mut StdRng, n: usize, products: &[Product], now: BillbeeDateTime) -> Order {
    let id = 3_000_001_000_000_000 + n as i64;
    let roll = rng.random_range(0..100);
    let (state, mut tags) = match roll {
        0..=69 => (OrderState::Paid, vec!["wemalo".to_string()]),
        70..=79 => (OrderState::Ordered, vec!["wemalo".to_string()]),
        80..=87 => (OrderState::Paid, vec!["Abholung".to_string()]),
        88..=93 => (OrderState::Shipped, vec!["wemalo".to_string()]),
        _ => (OrderState::Confirmed, Vec::new()),
    };
    if n % 11 == 0 {
        tags.push("VIP ⭐".to_string());
    }
    let (first, last) = (
        FIRST[rng.random_range(0..FIRST.len())],
        LAST[rng.random_range(0..LAST.len())],
    );
    let (street, house) = STREETS[rng.random_range(0..STREETS.len())];
    let (zip, city, country) = CITIES[rng.random_range(0..CITIES.len())];
    let country = if n % 53 == 7 { "" } else { country };
    let address = Address {
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        company: (n % 9 == 0).then(|| "Teestube Grüne Oase GmbH & Co. KG".into()),
        street: Some(street.into()),
        house_number: house.map(str::to_string),
        zip: Some(zip.into()),
        city: Some(city.into()),
        country_iso2: Some(country.into()),
        line2: (n % 5 == 0).then(|| "c/o Hinterhof, 2. OG links".into()),
        email: Some(format!("kunde{n}@example.org")),
        ..Address::default()
    };
    let mut items = Vec::new();
    for k in 0..rng.random_range(1..4) {
        let p = &products[rng.random_range(0..products.len())];
        let qty = Decimal::from(rng.random_range(1..4));
        let price = p.price.unwrap_or(Decimal::ONE);
        let total = price * qty;
        items.push(OrderItem {
            billbee_id: Some(id * 10 + k),
            product: Some(SoldProduct {
                billbee_id: p.id,
                sku: p.sku.clone(),
                title: p.title.first().and_then(|t| t.text.clone()),
                r#type: p.r#type,
                ..SoldProduct::default()
            }),
            quantity: Some(qty.round_dp(0) * Decimal::new(1000, 3)),
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
        billbee_order_id: Some(billbee_client::OrderId(id)),
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
