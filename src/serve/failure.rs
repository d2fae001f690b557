//! Why a request failed, as the client is told it: an HTTP status and a
//! message in the reader's language. Built from the library's `Error` by
//! fault; what went wrong inside is logged here and never sent.

use axum::http::StatusCode;

use crate::error::Error;
use crate::value::Message;

#[derive(Clone, Debug)]
pub struct Failure {
    pub status: StatusCode,
    pub message: Message,
}

impl Failure {
    pub fn new(status: StatusCode, message: Message) -> Failure {
        Failure { status, message }
    }

    /// Nobody is signed in: 401 (a page redirects to sign in instead).
    pub fn unauthenticated() -> Failure {
        Failure::new(
            StatusCode::UNAUTHORIZED,
            Message::new("error-sign-in-needed"),
        )
    }

    /// A form without the session's CSRF token.
    pub fn csrf() -> Failure {
        Failure::new(StatusCode::FORBIDDEN, Message::new("error-csrf"))
    }

    pub fn forbidden_run(run: i64) -> Failure {
        Failure::from(Error::NotYourRun(run))
    }

    pub fn not_found() -> Failure {
        Failure::new(StatusCode::NOT_FOUND, Message::new("error-page-not-found"))
    }

    pub fn bad_request() -> Failure {
        Failure::new(StatusCode::BAD_REQUEST, Message::new("error-bad-request"))
    }

    /// Something inside the server broke: logged with its detail; the
    /// client learns only that it is not their fault.
    pub fn internal(detail: &str) -> Failure {
        eprintln!("docflow serve: internal error: {detail}");
        Failure::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            Message::new("error-internal"),
        )
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        let status = match &error {
            Error::UnknownRun(_)
            | Error::UnknownWorkflow(_)
            | Error::UnknownAgent(_)
            | Error::UnknownCustomer(_)
            | Error::UnknownReseller(_)
            | Error::UnknownMessage(_) => StatusCode::NOT_FOUND,
            Error::RunFinished { .. } | Error::RunChanged(_) => StatusCode::CONFLICT,
            Error::Refused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Error::NotYourRun(_) => StatusCode::FORBIDDEN,
            Error::InvalidLocale(_) => StatusCode::BAD_REQUEST,
            Error::Bug(bug) => {
                // The detail is for the bug report, in the server's log.
                eprintln!("docflow serve: this is a bug: {bug}");
                let message = Message::new("error-bug-server");
                return Failure::new(StatusCode::INTERNAL_SERVER_ERROR, message);
            }
            _ => return Failure::internal(&error.to_string()),
        };
        Failure::new(status, error.message())
    }
}
