//! Token detectors: the published formats of cloud keys, private keys and service tokens, matched in one `RegexSet` pass over a file's text.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::mask::{entropy, is_placeholder};
use crate::model::SecretCategory;

/// One token format.
pub(super) struct Detector {
    pub id: &'static str,
    pub name: &'static str,
    pub category: SecretCategory,
    /// The secret is the first capture group that takes part in the match.
    pattern: &'static str,
    /// Minimum Shannon entropy (bits per character) of the secret: for formats
    /// that ordinary text can also take (a 40-character word after `aws_secret`).
    min_entropy: f64,
    /// A check of the secret's structure beyond the pattern (a JWT's parts are JSON).
    valid: fn(&str) -> bool,
}

fn any(_: &str) -> bool {
    true
}

/// AWS secret access keys mix upper and lower case letters and digits.
fn mixed_case_and_digits(value: &str) -> bool {
    value.chars().any(|c| c.is_ascii_uppercase())
        && value.chars().any(|c| c.is_ascii_lowercase())
        && value.chars().any(|c| c.is_ascii_digit())
}

/// A JWT's header and payload are base64url-encoded JSON objects.
fn jwt_parts_are_json(value: &str) -> bool {
    let mut parts = value.split('.');
    let (Some(header), Some(payload)) = (parts.next(), parts.next()) else {
        return false;
    };
    [header, payload].iter().all(|part| {
        base64url_decode(part)
            .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
            .is_some_and(|json| json.is_object())
    })
}

/// Decodes unpadded base64url (RFC 4648 section 5); `None` on a character outside the alphabet.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut bits: u32 = 0;
    let mut count = 0;
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => continue,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(value);
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    Some(out)
}

use SecretCategory::{CloudKey, PrivateKey, ServiceToken};

/// Every detector, with where its format is published.
pub(super) const DETECTORS: &[Detector] = &[
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
    Detector {
        id: "aws-access-key-id",
        name: "AWS access key id",
        category: CloudKey,
        pattern: r"\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b",
        min_entropy: 3.0,
        valid: any,
    },
    // A secret access key is 40 characters of base64 with no prefix: only found next to its name.
    Detector {
        id: "aws-secret-access-key",
        name: "AWS secret access key",
        category: CloudKey,
        pattern: r#"(?i)(?:aws_?)?(?:secret|private)_?(?:access_?)?key[\s"',:=>]{1,30}?(?:value["']?\s*[:=]\s*)?["']?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)"#,
        min_entropy: 3.5,
        valid: mixed_case_and_digits,
    },
    // https://cloud.google.com/iam/docs/keys-create-delete (the key file's `private_key_id`)
    Detector {
        id: "gcp-service-account-key",
        name: "Google Cloud service account key",
        category: CloudKey,
        pattern: r#"\\?"private_key_id\\?"\s*:\s*\\?"([0-9a-f]{40})\\?""#,
        min_entropy: 3.0,
        valid: any,
    },
    // https://cloud.google.com/docs/authentication/api-keys
    Detector {
        id: "google-api-key",
        name: "Google API key",
        category: CloudKey,
        pattern: r"\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)",
        min_entropy: 3.0,
        valid: any,
    },
    // https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
    Detector {
        id: "azure-storage-key",
        name: "Azure storage account key",
        category: CloudKey,
        pattern: r"(?i)AccountKey=([A-Za-z0-9+/]{86}==)",
        min_entropy: 4.0,
        valid: any,
    },
    // https://learn.microsoft.com/azure/storage/common/storage-sas-overview
    Detector {
        id: "azure-sas-token",
        name: "Azure shared access signature",
        category: CloudKey,
        pattern: r#"(?i)\bsv=\d{4}-\d{2}-\d{2}&[^\s"'<>]*?\bsig=([A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})|\bsig=([A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})[^\s"'<>]*?&sv=\d{4}-\d{2}-\d{2}"#,
        min_entropy: 4.0,
        valid: any,
    },
    // Microsoft Entra client secrets since 2021: three characters, a digit, `Q~`, then 31 to 34.
    Detector {
        id: "azure-ad-client-secret",
        name: "Microsoft Entra client secret",
        category: CloudKey,
        pattern: r#"(?:^|[\\'"`\s>=:(,)])([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\'"`\s<),])"#,
        min_entropy: 3.0,
        valid: any,
    },
    // https://docs.digitalocean.com/reference/api/create-personal-access-token/
    Detector {
        id: "digitalocean-token",
        name: "DigitalOcean token",
        category: CloudKey,
        pattern: r"\b(do[pro]_v1_[a-f0-9]{64})\b",
        min_entropy: 3.0,
        valid: any,
    },
    // RFC 7468 labels: PRIVATE KEY, RSA/EC/DSA/OPENSSH/ENCRYPTED PRIVATE KEY, PGP PRIVATE KEY BLOCK.
    Detector {
        id: "private-key",
        name: "private key",
        category: PrivateKey,
        pattern: r"(-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----)",
        min_entropy: 4.0,
        valid: any,
    },
    // https://docs.github.com/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats
    Detector {
        id: "github-token",
        name: "GitHub token",
        category: ServiceToken,
        pattern: r"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b",
        min_entropy: 3.0,
        valid: any,
    },
    // https://docs.gitlab.com/ee/security/tokens/#token-prefixes
    Detector {
        id: "gitlab-token",
        name: "GitLab token",
        category: ServiceToken,
        pattern: r"\b(glpat-[0-9A-Za-z_-]{20,}|glptt-[0-9a-f]{40}|GR1348941[0-9A-Za-z_-]{20})(?:[^0-9A-Za-z_-]|$)",
        min_entropy: 3.0,
        valid: any,
    },
    // https://api.slack.com/authentication/token-types
    Detector {
        id: "slack-token",
        name: "Slack token",
        category: ServiceToken,
        pattern: r"\b(xox[abeoprs]-(?:\d-)?[0-9]{6,13}-(?:[0-9]+-)*[0-9A-Za-z]*[A-Za-z][0-9A-Za-z-]{6,}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{140,}|xoxe-\d-[A-Za-z0-9]{130,}|xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)",
        min_entropy: 2.5,
        valid: any,
    },
    // https://api.slack.com/messaging/webhooks
    Detector {
        id: "slack-webhook",
        name: "Slack webhook URL",
        category: ServiceToken,
        pattern: r"(https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,})",
        min_entropy: 3.0,
        valid: any,
    },
    // https://docs.stripe.com/keys (test-mode keys are not secrets worth a finding)
    Detector {
        id: "stripe-key",
        name: "Stripe live key",
        category: ServiceToken,
        pattern: r"\b((?:sk|rk)_(?:live|prod)_[0-9A-Za-z]{24,})\b",
        min_entropy: 3.0,
        valid: any,
    },
    // https://docs.sendgrid.com/ui/account-and-settings/api-keys
    Detector {
        id: "sendgrid-api-key",
        name: "SendGrid API key",
        category: ServiceToken,
        pattern: r"\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)",
        min_entropy: 3.0,
        valid: any,
    },
    // https://docs.npmjs.com/about-access-tokens
    Detector {
        id: "npm-token",
        name: "npm access token",
        category: ServiceToken,
        pattern: r#"\b(npm_[A-Za-z0-9]{36})\b|//[^\s:/]+(?:/[^\s:]*)?/:_authToken=\s*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"#,
        min_entropy: 3.0,
        valid: any,
    },
    // https://pypi.org/help/#apitoken
    Detector {
        id: "pypi-token",
        name: "PyPI upload token",
        category: ServiceToken,
        pattern: r"\b(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{70,})",
        min_entropy: 3.0,
        valid: any,
    },
    // https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes
    Detector {
        id: "vault-token",
        name: "HashiCorp Vault token",
        category: ServiceToken,
        pattern: r"\b(hvs\.[A-Za-z0-9_-]{90,}|hvb\.[A-Za-z0-9_-]{138,})(?:[^A-Za-z0-9_-]|$)",
        min_entropy: 3.0,
        valid: any,
    },
    // https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens
    Detector {
        id: "terraform-cloud-token",
        name: "HCP Terraform API token",
        category: ServiceToken,
        pattern: r"\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,})(?:[^A-Za-z0-9_=-]|$)",
        min_entropy: 3.0,
        valid: any,
    },
    // RFC 7519: base64url header `{"...`, payload `{"...`, signature.
    Detector {
        id: "jwt",
        name: "JSON Web Token",
        category: ServiceToken,
        pattern: r"\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*)?)",
        min_entropy: 3.0,
        valid: jwt_parts_are_json,
    },
    // RFC 3986 userinfo: `scheme://user:password@host` (database URLs, connection strings).
    // Matched from `://`: a pattern that starts with a literal keeps the set fast.
    Detector {
        id: "url-password",
        name: "password in a URL",
        category: ServiceToken,
        pattern: r#"://[^:/?#\s"'@]+:([^@/?#\s"':]{3,})@[A-Za-z0-9.\[\]-]+"#,
        min_entropy: 0.0,
        valid: any,
    },
];

struct Compiled {
    set: RegexSet,
    each: Vec<Regex>,
}

/// A pattern as compiled: word boundaries ASCII-only. Every format is ASCII, and a
/// Unicode `\b` keeps the set off its fast automaton: on the 1,000-file benchmark
/// corpus the set took 1.07 s with Unicode boundaries and 20 ms without.
fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let patterns: Vec<String> = DETECTORS
        .iter()
        .map(|d| ascii_boundaries(d.pattern))
        .collect();
    // The patterns are constants proven by the tests below; a failure is a bug in this file.
    #[allow(clippy::expect_used)]
    let set = RegexSet::new(&patterns).expect("detector patterns");
    #[allow(clippy::expect_used)]
    let each = patterns
        .iter()
        .map(|p| Regex::new(p).expect("detector pattern"))
        .collect();
    Compiled { set, each }
});

/// A token found in a text: the detector (index into [`DETECTORS`]) and the bytes of the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TokenMatch {
    pub detector: usize,
    pub span: Range<usize>,
}

/// Every token in `text`, in order, placeholders and low-entropy values left out.
/// One pass of the set finds which formats occur; only those are searched for positions.
pub(super) fn scan(text: &str) -> Vec<TokenMatch> {
    let compiled = &*COMPILED;
    let mut found = Vec::new();
    for index in compiled.set.matches(text).iter() {
        let detector = &DETECTORS[index];
        for captures in compiled.each[index].captures_iter(text) {
            let Some(group) = captures.iter().skip(1).flatten().next() else {
                continue;
            };
            let secret = group.as_str();
            if is_placeholder(secret)
                || entropy(secret) < detector.min_entropy
                || !(detector.valid)(secret)
            {
                continue;
            }
            found.push(TokenMatch {
                detector: index,
                span: group.range(),
            });
        }
    }
    found.sort_by_key(|m| (m.span.start, m.detector));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// For each detector, a value it must find (in a line as written in code) and a near miss it must not.
    /// The values are made up in the published formats; none is a live credential.
    const CASES: &[(&str, &str, &str)] = &[
        (
            "aws-access-key-id",
            r#"access_key = "AKIA4RZQ7X2BN5KTYW3M""#,
            r#"access_key = "AKIAIOSFODNN7EXAMPLE""#,
        ),
        (
            "aws-secret-access-key",
            "AWS_SECRET_ACCESS_KEY=Zx8qP2mK9vR4tL7wN3sB6yH1jF5gD0cA+eU/iO8r\n",
            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        ),
        (
            "gcp-service-account-key",
            r#""private_key_id": "3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f0a","#,
            r#""private_key_id": "changeme","#,
        ),
        (
            "google-api-key",
            r#"key = "AIzaSyD4k9Xq2Lr7Vb1Nw8Tz3Hc6Jm0Pf5Gs9Ea""#,
            r#"key = "AIzaSyD4k9Xq2""#,
        ),
        (
            "azure-storage-key",
            "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=q7Rw2Zk9Lp4Xv8Nt3Bm6Hc1Jf5Gd0Sa7Ye2Ui9Op4As6Df8Gh1Jk3Lz5Xc7Vb9Nm2Qw4Er6Ty8Ui0Op1As3Df5==;EndpointSuffix=core.windows.net",
            "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=${var.key};EndpointSuffix=core.windows.net",
        ),
        (
            "azure-sas-token",
            "https://prod.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01&sig=Xk3vQ9pL2mN7rT4wZ8bC1dF6gH0jK5sY3uE9iO2aP7s%3D",
            "https://prod.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01&sig=<signature>",
        ),
        (
            "azure-ad-client-secret",
            r#"client_secret = "Wq38Q~kT2vLp9Xz4Rb7Nc1Hm6Jf0Gd3Sa8Yu5Eo2""#,
            r#"client_secret = "Wq3AQ~kT2vLp9Xz4Rb7Nc1Hm6Jf0Gd3Sa8Yu5Eo2""#,
        ),
        (
            "digitalocean-token",
            r#"token = "dop_v1_4f8a2c6e0b9d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a""#,
            r#"token = "dop_v1_4f8a2c""#,
        ),
        (
            "private-key",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Lp9Xk4Rb7Nc1Hm6Jf0Gd3Sa8Yu5Eo2Wq+/Zx8qP2mK9vR4tL7wN3sB6yH1jF5gD0cAeUiO8r\n-----END RSA PRIVATE KEY-----\n",
            "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n",
        ),
        (
            "github-token",
            r#"token = "ghp_8Kd2LmQ9xR4tV7wZ1bN5cH3jF6gS0aY2eU4i""#,
            r#"token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx""#,
        ),
        (
            "gitlab-token",
            r#"token = "glpat-Xk3vQ9pL2mN7rT4wZ8bC""#,
            r#"token = "glpat-Xk3vQ9""#,
        ),
        (
            "slack-token",
            r#"token = "xoxb-2748312093-4829103847561-Kd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3""#,
            r#""token": "xoxp-572370529330-573807301142-572331691188-####################""#,
        ),
        (
            "slack-webhook",
            r#"url = "https://hooks.slack.com/services/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""#,
            r#"url = "https://hooks.slack.com/services/""#,
        ),
        (
            "stripe-key",
            r#"key = "sk_live_4eC39HqLyjWDarjtT1zdp7dcKx9""#,
            r#"key = "sk_test_4eC39HqLyjWDarjtT1zdp7dcKx9""#,
        ),
        (
            "sendgrid-api-key",
            r#"key = "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""#,
            r#"key = "SG.example""#,
        ),
        (
            "npm-token",
            r#"NPM_TOKEN = "npm_Kd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3Fg6Sa0Ye2Ui4""#,
            "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
        ),
        (
            "pypi-token",
            r#"token = "pypi-AgEIcHlwaS5vcmcCJDdmMjM0YTk4LWE3ZjQtNDk2Zi1iZDVmLTk1Y2Q3OGYxMmEzNwACKlszLFsicHJvamVjdHMiXV0AAAYgKd8Lm2Qx9Rt4Vw7Zb1Nc""#,
            r#"token = "pypi-AgEIcHlwaS5vcmc""#,
        ),
        (
            "vault-token",
            r#"token = "hvs.CAESIKd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3Fg6Sa0Ye2Ui4Op8As1Df3Gh5Jk7Lz9Xc2Vb4Nm6QGh4KHGh2cy5Kd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3Fg""#,
            r#"token = "hvs.short""#,
        ),
        (
            "terraform-cloud-token",
            r#"token = "Kd8Lm2Qx9Rt4Vw.atlasv1.Zb1Nc5Hj3Fg6Sa0Ye2Ui4Op8As1Df3Gh5Jk7Lz9Xc2Vb4Nm6QTy0Ui2Op4As6Df8""#,
            r#"token = "Kd8Lm2Qx9Rt4Vw.atlasv1.short""#,
        ),
        (
            "jwt",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6ImFkbWluIn0.Kd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3Fg6Sa0Ye2Ui4Op8As",
            // The header is not JSON (the closing brace is cut off).
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6ImFkbWluIn0.Kd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3Fg6Sa0Ye2Ui4Op8As",
        ),
        (
            "url-password",
            r#"url = "postgres://app:Zq7-rT9w2Lx@db.internal:5432/app""#,
            r#"url = "postgres://app:${var.db_password}@db.internal:5432/app""#,
        ),
    ];

    fn found(text: &str) -> Vec<&'static str> {
        scan(text)
            .iter()
            .map(|m| DETECTORS[m.detector].id)
            .collect()
    }

    #[test]
    fn every_detector_finds_its_format_and_not_its_near_miss() {
        let mut problems = Vec::new();
        for detector in DETECTORS {
            let Some((_, hit, miss)) = CASES.iter().find(|(id, _, _)| *id == detector.id) else {
                problems.push(format!("{}: no test case", detector.id));
                continue;
            };
            if !found(hit).contains(&detector.id) {
                problems.push(format!("{}: missed {hit:?}", detector.id));
            }
            if found(miss).contains(&detector.id) {
                problems.push(format!("{}: flagged the near miss {miss:?}", detector.id));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn the_match_is_the_secret_only() {
        let text = r#"token = "ghp_8Kd2LmQ9xR4tV7wZ1bN5cH3jF6gS0aY2eU4i""#;
        let matches = scan(text);
        assert_eq!(matches.len(), 1);
        assert_eq!(
            &text[matches[0].span.clone()],
            "ghp_8Kd2LmQ9xR4tV7wZ1bN5cH3jF6gS0aY2eU4i"
        );
        let url = r#"url = "postgres://app:Zq7-rT9w2Lx@db:5432/app""#;
        let matches = scan(url);
        assert_eq!(&url[matches[0].span.clone()], "Zq7-rT9w2Lx");
    }

    #[test]
    fn second_forms_of_a_format_are_found() {
        // An unsigned JWT (`alg: none`) is a bearer token all the same.
        assert_eq!(
            found("token: eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0LXVzZXIifQ."),
            ["jwt"]
        );
        // A legacy npm token in an .npmrc line, and the same value outside that syntax.
        assert_eq!(
            found("//registry.npmjs.org/:_authToken=346a14f2-a672-4668-a892-956a462ab56e"),
            ["npm-token"]
        );
        assert!(found("_authToken=346a14f2-a672-4668-a892-956a462ab56e").is_empty());
        // Slack refresh tokens.
        assert_eq!(
            found(&format!(
                "xoxe-1-{}",
                "My0xLTMxNzcwMjQ0MTcxMy01MTU4MTUyNjkxNzE0LTUxODE4NDI0MDY3MzYtMjA5MGFkOTFlZThkZWE2OGFlZDYwYWJjODNhYzAxYjA5ZjVmODBhYjgzN2QyNDdjOTNlOGY5NTg2YWM1OGM4Mg"
            )),
            ["slack-token"]
        );
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut ids: Vec<&str> = DETECTORS.iter().map(|d| d.id).collect();
        assert!(ids.iter().all(|id| {
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        }));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), DETECTORS.len());
    }
}
