//! Applications and rejections: the list, the log form, and a rejection's page
//! with its recovery plan.

mod form;
mod list;
mod page;
mod paste;
mod plan;
mod reasons;

pub use form::NewRejection;
pub use list::RejectionList;
pub use page::RejectionPage;

use crate::model::record::Id;
use crate::model::rejection::Application;
use crate::ui::state::AppState;

/// Applies `f` to one application, stamping the parts it changed (so two
/// devices' edits merge part by part; see `model::field_merge::edit`).
pub(crate) fn update_app(app: AppState, id: &Id, f: impl FnOnce(&mut Application)) {
    let (now, device) = (crate::platform::now(), crate::platform::device_id());
    app.change(|d| {
        crate::model::field_merge::edit(&mut d.applications, id, now, device, f);
    });
}
