use crate::client::{Call, Client};
use crate::error::Result;
use crate::models::{CreatedId, ReturnAnnouncement};

/// Customer returns: `client.returns()`.
#[derive(Debug, Clone, Copy)]
pub struct Returns<'a> {
    client: &'a Client,
}

impl Client {
    /// Customer returns.
    pub fn returns(&self) -> Returns<'_> {
        Returns { client: self }
    }
}

impl<'a> Returns<'a> {
    /// Announces a return (`POST returns/announce`); answers Wemalo's return id.
    /// Not retried once the server may have seen it.
    pub async fn announce(&self, announcement: &ReturnAnnouncement) -> Result<CreatedId> {
        let call = Call::post("returns/announce", "returns/announce".into()).json(announcement)?;
        self.client.send(call).await
    }
}
