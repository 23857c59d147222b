//! Placeholder: billbee-wemalo-sync.
