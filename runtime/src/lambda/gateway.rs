//! The request context a Lambda event carries (API Gateway's or an
//! ALB's), as handlers read it.

use std::borrow::Cow;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// The front door an event came through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Family {
    /// An API Gateway REST API (payload format 1.0).
    RestApi,
    /// An API Gateway HTTP API or a Function URL (payload format 2.0).
    HttpApi,
    /// An Application Load Balancer.
    Alb,
}

/// The event's request context: API Gateway's stage, request ID, identity
/// and authorizer, or an ALB's target group; in a handler's
/// [`Context`](crate::Context) when the request was served on Lambda
/// (see [`request_context`](super::request_context)).
///
/// It is kept as the event's JSON and parsed when asked: [`parse`]
/// reads it into any type, such as aws_lambda_events'
/// `ApiGatewayProxyRequestContext`.
///
/// [`parse`]: GatewayContext::parse
///
/// ```
/// fn email(cx: &opwire::Context) -> Option<String> {
///     let gateway = opwire::lambda::request_context(cx)?;
///     let claims = gateway.claims()?;
///     claims.get("email")?.as_str().map(str::to_owned)
/// }
/// ```
#[derive(Clone)]
pub struct GatewayContext {
    family: Family,
    json: Json,
    stage: Option<String>,
    request_id: Option<String>,
}

#[derive(Clone)]
enum Json {
    Raw(Box<RawValue>),
    /// As lambda_http parsed it; turned into JSON when asked.
    #[cfg(feature = "lambda-http")]
    LambdaHttp(Box<lambda_http::request::RequestContext>),
}

impl fmt::Debug for GatewayContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GatewayContext")
            .field("family", &self.family)
            .field("stage", &self.stage)
            .field("request_id", &self.request_id)
            .finish_non_exhaustive()
    }
}

impl GatewayContext {
    pub(crate) fn raw(
        family: Family,
        raw: Box<RawValue>,
        stage: Option<String>,
        request_id: Option<String>,
    ) -> Self {
        GatewayContext {
            family,
            json: Json::Raw(raw),
            stage,
            request_id,
        }
    }

    #[cfg(feature = "lambda-http")]
    pub(crate) fn lambda_http(context: lambda_http::request::RequestContext) -> Self {
        use lambda_http::request::RequestContext;
        let (family, stage, request_id) = match &context {
            RequestContext::ApiGatewayV1(cx) => {
                (Family::RestApi, cx.stage.clone(), cx.request_id.clone())
            }
            RequestContext::ApiGatewayV2(cx) => {
                (Family::HttpApi, cx.stage.clone(), cx.request_id.clone())
            }
            _ => (Family::Alb, None, None),
        };
        GatewayContext {
            family,
            json: Json::LambdaHttp(Box::new(context)),
            stage,
            request_id,
        }
    }

    /// The front door the event came through.
    pub fn family(&self) -> Family {
        self.family
    }

    /// The API Gateway stage (`prod`, or `$default` for an HTTP API's
    /// default stage and a Function URL); `None` for an ALB.
    pub fn stage(&self) -> Option<&str> {
        self.stage.as_deref()
    }

    /// API Gateway's request ID (`requestContext.requestId`); `None` for an
    /// ALB.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref().filter(|id| !id.is_empty())
    }

    /// The request context as the event's JSON.
    pub fn json(&self) -> Cow<'_, str> {
        match &self.json {
            Json::Raw(raw) => Cow::Borrowed(raw.get()),
            #[cfg(feature = "lambda-http")]
            Json::LambdaHttp(context) => {
                Cow::Owned(serde_json::to_string(context).unwrap_or_default())
            }
        }
    }

    /// The request context read into `T`, for the fields this type has no
    /// method for.
    ///
    /// # Errors
    ///
    /// When the context does not have `T`'s shape.
    ///
    /// ```
    /// #[derive(serde::Deserialize)]
    /// #[serde(rename_all = "camelCase")]
    /// struct Account { account_id: String }
    ///
    /// fn account(cx: &opwire::Context) -> Option<String> {
    ///     let gateway = opwire::lambda::request_context(cx)?;
    ///     gateway.parse::<Account>().ok().map(|a| a.account_id)
    /// }
    /// ```
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        match &self.json {
            Json::Raw(raw) => serde_json::from_str(raw.get()),
            #[cfg(feature = "lambda-http")]
            Json::LambdaHttp(context) => T::deserialize(serde_json::to_value(context)?),
        }
    }

    /// The authorizer's output (`requestContext.authorizer`): a Cognito or
    /// Lambda authorizer's fields on a REST API; `jwt`, `lambda` or `iam`
    /// on an HTTP API.
    pub fn authorizer(&self) -> Option<Map<String, Value>> {
        self.member("authorizer")
    }

    /// The caller's claims: a REST API's Cognito user pool authorizer
    /// (`authorizer.claims`) or an HTTP API's JWT authorizer
    /// (`authorizer.jwt.claims`).
    pub fn claims(&self) -> Option<Map<String, Value>> {
        let mut authorizer = self.authorizer()?;
        let claims = match authorizer.remove("jwt") {
            Some(Value::Object(mut jwt)) => jwt.remove("claims"),
            _ => authorizer.remove("claims"),
        };
        match claims? {
            Value::Object(claims) => Some(claims),
            _ => None,
        }
    }

    /// A REST API's `identity`: the caller's address, user agent, API key,
    /// IAM or Cognito identity (`None` on HTTP APIs, which put the address
    /// in [`source_ip`](Self::source_ip) and the rest in the authorizer).
    pub fn identity(&self) -> Option<Map<String, Value>> {
        self.member("identity")
    }

    /// The caller's address as API Gateway saw it (`identity.sourceIp`
    /// on a REST API, `http.sourceIp` on an HTTP API).
    pub fn source_ip(&self) -> Option<String> {
        let holder = match self.family {
            Family::RestApi => self.member("identity")?,
            Family::HttpApi => self.member("http")?,
            Family::Alb => return None,
        };
        holder.get("sourceIp")?.as_str().map(str::to_owned)
    }

    /// One member of the context, if it is an object.
    fn member(&self, key: &str) -> Option<Map<String, Value>> {
        let value = match &self.json {
            Json::Raw(raw) => {
                // The members as raw JSON: only the one asked for is built.
                let members: std::collections::HashMap<Cow<'_, str>, &RawValue> =
                    serde_json::from_str(raw.get()).ok()?;
                serde_json::from_str(members.get(key)?.get()).ok()?
            }
            #[cfg(feature = "lambda-http")]
            Json::LambdaHttp(context) => serde_json::to_value(context).ok()?.get_mut(key)?.take(),
        };
        match value {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rest() -> GatewayContext {
        let raw = RawValue::from_string(
            r#"{"stage":"prod","requestId":"r-1","accountId":"123456789012",
                "identity":{"sourceIp":"192.0.2.1","userAgent":"aws-sdk-js/3.0"},
                "authorizer":{"claims":{"email":"ann@example.com"}}}"#
                .to_owned(),
        )
        .unwrap();
        GatewayContext::raw(
            Family::RestApi,
            raw,
            Some("prod".into()),
            Some("r-1".into()),
        )
    }

    #[test]
    fn a_rest_api_context_answers_its_claims_identity_and_fields() {
        let gateway = rest();
        assert_eq!(gateway.stage(), Some("prod"));
        assert_eq!(gateway.request_id(), Some("r-1"));
        assert_eq!(gateway.claims().unwrap()["email"], "ann@example.com");
        assert_eq!(gateway.source_ip().as_deref(), Some("192.0.2.1"));
        assert_eq!(gateway.identity().unwrap()["userAgent"], "aws-sdk-js/3.0");
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Account {
            account_id: String,
        }
        assert_eq!(
            gateway.parse::<Account>().unwrap().account_id,
            "123456789012"
        );
        assert!(gateway.json().contains("\"accountId\""));
    }

    #[test]
    fn an_http_api_jwt_authorizer_gives_its_claims() {
        let raw = RawValue::from_string(
            r#"{"stage":"$default","http":{"sourceIp":"198.51.100.7"},
                "authorizer":{"jwt":{"claims":{"sub":"u-1"},"scopes":[]}}}"#
                .to_owned(),
        )
        .unwrap();
        let gateway = GatewayContext::raw(Family::HttpApi, raw, Some("$default".into()), None);
        assert_eq!(gateway.claims().unwrap()["sub"], "u-1");
        assert_eq!(gateway.source_ip().as_deref(), Some("198.51.100.7"));
        assert_eq!(gateway.request_id(), None);
        assert_eq!(gateway.identity(), None);
    }
}
