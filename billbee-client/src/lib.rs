//! Placeholder: billbee-client.
