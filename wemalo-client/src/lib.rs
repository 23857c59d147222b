//! Placeholder: wemalo-client.
