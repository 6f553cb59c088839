//! Collecting a request body into [`Bytes`], up to a limit.

use std::error::Error;

use bytes::Bytes;
use http::{Response, StatusCode};
use http_body::Body;
use http_body_util::{BodyExt, LengthLimitError, Limited};

use crate::error::{RequestError, RequestErrorKind};
use crate::response::message_response;

/// The whole body, or the response to send instead: 413 when it is larger
/// than `limit` bytes (refused before reading when `Content-Length` says so),
/// 400 when it could not be read.
pub(crate) async fn collect<B>(body: B, limit: usize) -> Result<Bytes, Response<Bytes>>
where
    B: Body<Data = Bytes>,
    B::Error: Into<Box<dyn Error + Send + Sync>>,
{
    if body.size_hint().lower() > limit as u64 {
        return Err(too_large(limit));
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(err) if err.is::<LengthLimitError>() => Err(too_large(limit)),
        Err(_) => {
            // The client went away, or its connection broke mid-body.
            Err(message_response(
                StatusCode::BAD_REQUEST,
                "BadRequestException",
                "The request body could not be read",
            ))
        }
    }
}

fn too_large(limit: usize) -> Response<Bytes> {
    RequestError::new(
        RequestErrorKind::PayloadTooLarge,
        None,
        format!("The request body is larger than the limit of {limit} bytes"),
    )
    .to_response()
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    use http_body::Frame;
    use http_body_util::Full;

    use super::*;

    /// A body of chunks, of unknown length, as a chunked request is.
    struct Chunks(VecDeque<Result<&'static str, &'static str>>);

    impl Body for Chunks {
        type Data = Bytes;
        type Error = Box<dyn Error + Send + Sync>;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            Poll::Ready(self.0.pop_front().map(|chunk| match chunk {
                Ok(data) => Ok(Frame::data(Bytes::from_static(data.as_bytes()))),
                Err(message) => Err(message.into()),
            }))
        }
    }

    fn code(response: &Response<Bytes>) -> &str {
        response.headers()["x-amzn-errortype"].to_str().unwrap()
    }

    #[tokio::test]
    async fn a_body_within_the_limit_is_collected() {
        let body = collect(Full::new(Bytes::from_static(b"12345")), 5).await;
        assert_eq!(body.unwrap(), "12345");
        let body = collect(Chunks([Ok("12"), Ok("345")].into()), 5).await;
        assert_eq!(body.unwrap(), "12345");
    }

    #[tokio::test]
    async fn a_known_length_over_the_limit_is_refused() {
        let response = collect(Full::new(Bytes::from_static(b"123456")), 5)
            .await
            .unwrap_err();
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(code(&response), "RequestEntityTooLargeException");
    }

    #[tokio::test]
    async fn a_stream_over_the_limit_is_refused() {
        let response = collect(Chunks([Ok("abc"), Ok("def")].into()), 5)
            .await
            .unwrap_err();
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(code(&response), "RequestEntityTooLargeException");
    }

    #[tokio::test]
    async fn a_failed_read_is_a_bad_request() {
        let response = collect(Chunks([Ok("ab"), Err("reset")].into()), 5)
            .await
            .unwrap_err();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(code(&response), "BadRequestException");
    }
}
