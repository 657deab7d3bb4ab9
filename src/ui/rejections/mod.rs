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

/// Applies `f` to one application and records the change time.
pub(crate) fn update_app(app: AppState, id: &Id, f: impl FnOnce(&mut Application)) {
    let now = crate::platform::now();
    app.change(|d| {
        if let Some(a) = d.applications.iter_mut().find(|a| &a.meta.id == id) {
            f(a);
            a.meta.touch(now);
        }
    });
}
