//! Challenge tokens.

use opwire::Context;

use super::Result;
use crate::Store;
use crate::errors::AmplifyBackendError;
use crate::store::{App, Token};
use crate::token::{ChallengeToken, CreateToken, DeleteToken, DeleteTokenResponse, GetToken};

/// How long a challenge code is valid, in seconds.
const TTL: &str = "600";

/// Answers [`CreateToken`] from the store.
pub async fn create_token(op: CreateToken, cx: Context<Store>) -> Result<ChallengeToken> {
    cx.state().with(|state| {
        state.app(&op.app_id)?;
        let id = state.next_id();
        let session_id = format!("session-{id}");
        // Six digits that change from one token to the next.
        let challenge_code = format!("{:06}", id.wrapping_mul(104_729) % 1_000_000);
        let token = Token {
            challenge_code,
            ttl: TTL.to_owned(),
        };
        let answer = challenge(&op.app_id, &session_id, &token);
        state.app_mut(&op.app_id)?.tokens.insert(session_id, token);
        Ok(answer)
    })
}

/// Answers [`GetToken`] from the store.
pub async fn get_token(op: GetToken, cx: Context<Store>) -> Result<ChallengeToken> {
    cx.state().with(|state| {
        let app = state.app(&op.app_id)?;
        let token = app
            .tokens
            .get(&op.session_id)
            .ok_or_else(|| no_token(app, &op.session_id))?;
        Ok(challenge(&op.app_id, &op.session_id, token))
    })
}

/// Answers [`DeleteToken`] from the store.
pub async fn delete_token(op: DeleteToken, cx: Context<Store>) -> Result<DeleteTokenResponse> {
    cx.state().with(|state| {
        let app = state.app_mut(&op.app_id)?;
        if app.tokens.remove(&op.session_id).is_none() {
            return Err(no_token(app, &op.session_id));
        }
        Ok(DeleteTokenResponse {
            is_success: Some(true),
        })
    })
}

fn challenge(app_id: &str, session_id: &str, token: &Token) -> ChallengeToken {
    ChallengeToken {
        app_id: Some(app_id.to_owned()),
        challenge_code: Some(token.challenge_code.clone()),
        session_id: Some(session_id.to_owned()),
        ttl: Some(token.ttl.clone()),
    }
}

fn no_token(app: &App, session_id: &str) -> AmplifyBackendError {
    AmplifyBackendError::not_found(
        "token",
        format!("No token with session `{session_id}` in app `{}`", app.id),
    )
}
