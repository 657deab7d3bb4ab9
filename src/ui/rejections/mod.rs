//! Applications and rejections: the list, the log form, and a rejection's page
//! with its recovery plan.

mod form;
mod leads;
mod list;
mod page;
pub(crate) mod paste;
mod plan;
mod reasons;

pub use form::NewRejection;
pub use list::RejectionList;
pub use page::RejectionPage;
