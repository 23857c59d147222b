//! Numeric Billbee enums. Each keeps values this crate does not know in `Unknown`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! int_enum {
    (
        $(#[$doc:meta])*
        $name:ident { $($(#[$vdoc:meta])* $variant:ident = $value:literal,)+ }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
            /// A value this crate does not know yet, kept as sent. Never send one you made up.
            Unknown(i32),
        }

        impl $name {
            /// The number Billbee uses for this value.
            pub fn id(self) -> i32 {
                match self {
                    $(Self::$variant => $value,)+
                    Self::Unknown(v) => v,
                }
            }
        }

        impl From<i32> for $name {
            fn from(v: i32) -> Self {
                match v {
                    $($value => Self::$variant,)+
                    other => Self::Unknown(other),
                }
            }
        }

        impl From<$name> for i32 {
            fn from(v: $name) -> i32 {
                v.id()
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_i32(self.id())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                i32::deserialize(d).map(Self::from)
            }
        }
    };
}

int_enum! {
    /// The life-cycle state of an order (`State`, `NewStateId`, `orderStateId`).
    OrderState {
        /// 1, "Bestellt": the order arrived.
        Ordered = 1,
        /// 2, "Bestätigt".
        Confirmed = 2,
        /// 3, "Zahlung erhalten": paid.
        Paid = 3,
        /// 4, "Versendet": shipped.
        Shipped = 4,
        /// 5, "Reklamation": a complaint is open.
        Reclamation = 5,
        /// 6, "Gelöscht".
        Deleted = 6,
        /// 7, "Abgeschlossen": completed.
        Closed = 7,
        /// 8, "Storniert": cancelled.
        Cancelled = 8,
        /// 9, "Archiviert".
        Archived = 9,
        /// 10, not used by Billbee any more.
        Rated = 10,
        /// 11, first dunning notice.
        Dunning = 11,
        /// 12, second dunning notice.
        Dunning2 = 12,
        /// 13, "Gepackt": packed.
        Packed = 13,
        /// 14, "Angeboten": a quote.
        Offered = 14,
        /// 15, payment reminder sent.
        PaymentReminder = 15,
        /// 16, "Im Fulfillment": handed to a fulfilment service.
        InFulfillment = 16,
        /// 17, "Retoure": returned.
        Returned = 17,
    }
}

int_enum! {
    /// Whether an article is a plain product or a bundle (`Type`).
    ProductType {
        /// 1, a normal stocked product.
        Product = 1,
        /// 2, a bundle made of other articles (bill of material).
        Bundle = 2,
    }
}

int_enum! {
    /// The `ErrorCode` of Billbee's response envelope. 0 means success.
    ///
    /// Names follow Billbee's official .NET SDK; codes 19 to 29 have no published name.
    ApiErrorCode {
        /// 0, no error.
        NoError = 0,
        /// 1, the API is not switched on for the account.
        ApiNotActivated = 1,
        /// 2, no order with that id.
        OrderNotFound = 2,
        /// 3, the invoice was not created.
        InvoiceNotCreated = 3,
        /// 4, an invoice cannot be created.
        CantCreateInvoice = 4,
        /// 5, the order is cancelled.
        OrderCanceled = 5,
        /// 6, the order is deleted.
        OrderDeleted = 6,
        /// 7, the order is not paid.
        OrderNotPaid = 7,
        /// 8, the server failed.
        InternalError = 8,
        /// 9, the order exists already.
        OrderExists = 9,
        /// 10, the shop id is wrong.
        WrongShopId = 10,
        /// 11, the request data is invalid (e.g. an unknown SKU on a stock update).
        InvalidData = 11,
        /// 12, a user with that e-mail exists.
        CreateUserDuplicateEmail = 12,
        /// 13, the e-mail is invalid.
        CreateUserInvalidEmail = 13,
        /// 14, the user was rejected.
        CreateUserUserRejected = 14,
        /// 15, the terms were not accepted.
        CreateUserTermsNotAccepted = 15,
        /// 16, the account is not a paid one.
        NoPaidAccount = 16,
        /// 17, the API service is not booked.
        ApiServiceNotBooked = 17,
        /// 18, the delivery note cannot be created.
        CantCreateDeliveryNote = 18,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_known_and_unknown_values() {
        for v in 1..=17 {
            let s: OrderState = serde_json::from_str(&v.to_string()).unwrap();
            assert!(!matches!(s, OrderState::Unknown(_)), "{v}");
            assert_eq!(serde_json::to_string(&s).unwrap(), v.to_string());
        }
        let s: OrderState = serde_json::from_str("42").unwrap();
        assert_eq!(s, OrderState::Unknown(42));
        assert_eq!(serde_json::to_string(&s).unwrap(), "42");
        assert_eq!(OrderState::Paid.id(), 3);
        assert_eq!(OrderState::Returned.id(), 17);
        assert_eq!(ProductType::from(2), ProductType::Bundle);
        assert_eq!(ApiErrorCode::from(29), ApiErrorCode::Unknown(29));
        assert_eq!(ApiErrorCode::from(11), ApiErrorCode::InvalidData);
    }
}
