//! Terraform's built-in functions that configuration commonly uses, on known values.
//!
//! Each returns `None` when it cannot give the value Terraform would (bad
//! arguments, a function that needs the filesystem or the network): the caller
//! then treats the expression as unknown, never as a guess.

use serde_json::{Map, Number, Value, json};

/// A number as JSON: integral values stay integers, like Terraform prints them.
pub fn number(value: f64) -> Option<Value> {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 9.0e15 {
        Some(json!(value as i64))
    } else {
        Number::from_f64(value).map(Value::Number)
    }
}

/// Terraform's string conversion of a primitive (`tostring`, templates).
pub fn to_string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

pub fn to_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

pub fn to_bool(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s == "true" => Some(true),
        Value::String(s) if s == "false" => Some(false),
        _ => None,
    }
}

fn string(args: &[Value], index: usize) -> Option<String> {
    args.get(index).and_then(to_string)
}

fn int(args: &[Value], index: usize) -> Option<i64> {
    args.get(index)
        .and_then(to_number)
        .filter(|n| n.fract() == 0.0)
        .map(|n| n as i64)
}

fn list(value: &Value) -> Option<Vec<Value>> {
    match value {
        Value::Array(items) => Some(items.clone()),
        _ => None,
    }
}

/// Calls the function `name`; `None` for an unknown function or unusable arguments.
pub fn call(name: &str, args: &[Value]) -> Option<Value> {
    let name = name.strip_prefix("provider::terraform::").unwrap_or(name);
    Some(match name {
        // Strings
        "lower" => json!(string(args, 0)?.to_lowercase()),
        "upper" => json!(string(args, 0)?.to_uppercase()),
        "title" => json!(title(&string(args, 0)?)),
        "trimspace" => json!(string(args, 0)?.trim()),
        "trim" => {
            let chars: Vec<char> = string(args, 1)?.chars().collect();
            json!(string(args, 0)?.trim_matches(|c| chars.contains(&c)))
        }
        "trimprefix" => {
            let (text, prefix) = (string(args, 0)?, string(args, 1)?);
            json!(text.strip_prefix(prefix.as_str()).unwrap_or(&text))
        }
        "trimsuffix" => {
            let (text, suffix) = (string(args, 0)?, string(args, 1)?);
            json!(text.strip_suffix(suffix.as_str()).unwrap_or(&text))
        }
        "chomp" => json!(string(args, 0)?.trim_end_matches(['\n', '\r'])),
        "replace" => {
            let (text, search, with) = (string(args, 0)?, string(args, 1)?, string(args, 2)?);
            // A search string in slashes is a regular expression; not evaluated here.
            if search.len() > 1 && search.starts_with('/') && search.ends_with('/') {
                return None;
            }
            json!(text.replace(&search, &with))
        }
        "split" => {
            let (separator, text) = (string(args, 0)?, string(args, 1)?);
            json!(text.split(separator.as_str()).collect::<Vec<_>>())
        }
        "join" => {
            let separator = string(args, 0)?;
            let mut parts = Vec::new();
            for list_arg in &args[1..] {
                for item in list(list_arg)? {
                    parts.push(to_string(&item)?);
                }
            }
            json!(parts.join(&separator))
        }
        "substr" => {
            let text: Vec<char> = string(args, 0)?.chars().collect();
            let offset = int(args, 1)?;
            let length = int(args, 2)?;
            let start = if offset < 0 {
                text.len() as i64 + offset
            } else {
                offset
            }
            .clamp(0, text.len() as i64) as usize;
            let end = if length < 0 {
                text.len()
            } else {
                (start + length as usize).min(text.len())
            };
            json!(text[start..end].iter().collect::<String>())
        }
        "startswith" => json!(string(args, 0)?.starts_with(&string(args, 1)?)),
        "endswith" => json!(string(args, 0)?.ends_with(&string(args, 1)?)),
        "strcontains" => json!(string(args, 0)?.contains(&string(args, 1)?)),
        "format" => json!(format(&string(args, 0)?, &args[1..])?),
        "formatlist" => {
            let spec = string(args, 0)?;
            let lists: Vec<Option<Vec<Value>>> = args[1..].iter().map(list).collect();
            let length = lists.iter().flatten().map(Vec::len).max().unwrap_or(0);
            let mut out = Vec::new();
            for i in 0..length {
                let row: Vec<Value> = args[1..]
                    .iter()
                    .zip(&lists)
                    .map(|(arg, l)| {
                        l.as_ref()
                            .and_then(|l| l.get(i).cloned())
                            .unwrap_or_else(|| arg.clone())
                    })
                    .collect();
                out.push(json!(format(&spec, &row)?));
            }
            json!(out)
        }
        // Collections
        "length" => match args.first()? {
            Value::Array(items) => json!(items.len()),
            Value::Object(map) => json!(map.len()),
            Value::String(s) => json!(s.chars().count()),
            _ => return None,
        },
        "concat" => {
            let mut out = Vec::new();
            for arg in args {
                out.extend(list(arg)?);
            }
            json!(out)
        }
        "merge" => {
            let mut out = Map::new();
            for arg in args {
                match arg {
                    Value::Object(map) => out.extend(map.clone()),
                    Value::Null => {}
                    _ => return None,
                }
            }
            Value::Object(out)
        }
        "lookup" => match args.first()? {
            Value::Object(map) => match map.get(&string(args, 1)?) {
                Some(value) => value.clone(),
                None => args.get(2)?.clone(),
            },
            _ => return None,
        },
        "element" => {
            let items = list(args.first()?)?;
            if items.is_empty() {
                return None;
            }
            let index = int(args, 1)?.rem_euclid(items.len() as i64) as usize;
            items[index].clone()
        }
        "index" => {
            let items = list(args.first()?)?;
            json!(items.iter().position(|v| Some(v) == args.get(1))?)
        }
        "contains" => json!(list(args.first()?)?.contains(args.get(1)?)),
        "keys" => match args.first()? {
            Value::Object(map) => json!(map.keys().collect::<Vec<_>>()),
            _ => return None,
        },
        "values" => match args.first()? {
            Value::Object(map) => json!(map.values().collect::<Vec<_>>()),
            _ => return None,
        },
        "flatten" => json!(flatten(args.first()?)?),
        "distinct" | "toset" => {
            let mut out: Vec<Value> = Vec::new();
            for item in list(args.first()?)? {
                if !out.contains(&item) {
                    out.push(item);
                }
            }
            if name == "toset" {
                out.sort_by_key(|v| v.to_string());
            }
            json!(out)
        }
        "tolist" => json!(list(args.first()?)?),
        "tomap" => match args.first()? {
            Value::Object(map) => Value::Object(map.clone()),
            _ => return None,
        },
        "compact" => json!(
            list(args.first()?)?
                .into_iter()
                .filter(|v| !(v.is_null() || v.as_str() == Some("")))
                .collect::<Vec<_>>()
        ),
        "coalesce" => args
            .iter()
            .find(|v| !(v.is_null() || v.as_str() == Some("")))?
            .clone(),
        "coalescelist" => args
            .iter()
            .find(|v| v.as_array().is_some_and(|a| !a.is_empty()))?
            .clone(),
        "slice" => {
            let items = list(args.first()?)?;
            let (start, end) = (int(args, 1)? as usize, int(args, 2)? as usize);
            json!(items.get(start..end)?.to_vec())
        }
        "reverse" => json!(list(args.first()?)?.into_iter().rev().collect::<Vec<_>>()),
        "sort" => {
            let mut items: Vec<String> = list(args.first()?)?
                .iter()
                .map(to_string)
                .collect::<Option<_>>()?;
            items.sort();
            json!(items)
        }
        "zipmap" => {
            let (keys, values) = (list(args.first()?)?, list(args.get(1)?)?);
            let mut out = Map::new();
            for (key, value) in keys.iter().zip(values) {
                out.insert(to_string(key)?, value);
            }
            Value::Object(out)
        }
        "range" => {
            let numbers: Vec<f64> = args.iter().map(to_number).collect::<Option<_>>()?;
            let (start, end, step) = match numbers.as_slice() {
                [end] => (0.0, *end, 1.0),
                [start, end] => (*start, *end, if end >= start { 1.0 } else { -1.0 }),
                [start, end, step] => (*start, *end, *step),
                _ => return None,
            };
            if step == 0.0 || ((end - start) / step) > 1024.0 {
                return None;
            }
            let mut out = Vec::new();
            let mut value = start;
            while (step > 0.0 && value < end) || (step < 0.0 && value > end) {
                out.push(number(value)?);
                value += step;
            }
            json!(out)
        }
        "one" => match list(args.first()?)?.as_slice() {
            [] => Value::Null,
            [only] => only.clone(),
            _ => return None,
        },
        "setunion" => {
            let mut out: Vec<Value> = Vec::new();
            for arg in args {
                for item in list(arg)? {
                    if !out.contains(&item) {
                        out.push(item);
                    }
                }
            }
            json!(out)
        }
        "alltrue" => json!(
            list(args.first()?)?
                .iter()
                .map(to_bool)
                .collect::<Option<Vec<_>>>()?
                .iter()
                .all(|b| *b)
        ),
        "anytrue" => json!(
            list(args.first()?)?
                .iter()
                .map(to_bool)
                .collect::<Option<Vec<_>>>()?
                .iter()
                .any(|b| *b)
        ),
        // Types and numbers
        "tostring" => json!(to_string(args.first()?)?),
        "tonumber" => number(to_number(args.first()?)?)?,
        "tobool" => json!(to_bool(args.first()?)?),
        "abs" => number(to_number(args.first()?)?.abs())?,
        "ceil" => number(to_number(args.first()?)?.ceil())?,
        "floor" => number(to_number(args.first()?)?.floor())?,
        "min" => number(
            args.iter()
                .map(to_number)
                .collect::<Option<Vec<_>>>()?
                .into_iter()
                .reduce(f64::min)?,
        )?,
        "max" => number(
            args.iter()
                .map(to_number)
                .collect::<Option<Vec<_>>>()?
                .into_iter()
                .reduce(f64::max)?,
        )?,
        "pow" => number(to_number(args.first()?)?.powf(to_number(args.get(1)?)?))?,
        "signum" => number(to_number(args.first()?)?.signum())?,
        "parseint" => {
            json!(i64::from_str_radix(&string(args, 0)?, u32::try_from(int(args, 1)?).ok()?).ok()?)
        }
        // Encoding
        "jsonencode" => json!(serde_json::to_string(args.first()?).ok()?),
        "jsondecode" => serde_json::from_str(&string(args, 0)?).ok()?,
        "yamldecode" => {
            let mut documents = crate::yaml::parse_documents(&string(args, 0)?).ok()?;
            if documents.len() != 1 {
                return None;
            }
            documents.remove(0).value
        }
        "base64encode" => json!(base64_encode(string(args, 0)?.as_bytes())),
        "base64decode" => json!(String::from_utf8(base64_decode(&string(args, 0)?)?).ok()?),
        // Network
        "cidrsubnet" => json!(cidrsubnet(&string(args, 0)?, int(args, 1)?, int(args, 2)?)?),
        "cidrhost" => json!(cidrhost(&string(args, 0)?, int(args, 1)?)?),
        "cidrnetmask" => {
            let (_, prefix) = parse_cidr(&string(args, 0)?)?;
            let mask = if prefix == 0 {
                0
            } else {
                u32::MAX << (32 - prefix)
            };
            json!(std::net::Ipv4Addr::from(mask).to_string())
        }
        _ => return None,
    })
}

fn title(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// Terraform's `format` for the verbs configuration uses: %s %d %v %q %f %%.
fn format(spec: &str, args: &[Value]) -> Option<String> {
    let mut out = String::new();
    let mut chars = spec.chars().peekable();
    let mut next = 0;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let verb = chars.next()?;
        if verb == '%' {
            out.push('%');
            continue;
        }
        let arg = args.get(next)?;
        next += 1;
        match verb {
            's' | 'v' => out.push_str(&match arg {
                Value::String(s) => s.clone(),
                other => to_string(other).unwrap_or_else(|| other.to_string()),
            }),
            'd' => out.push_str(&format!("{}", to_number(arg)? as i64)),
            'f' => out.push_str(&format!("{:.6}", to_number(arg)?)),
            'q' => out.push_str(&serde_json::to_string(&to_string(arg)?).ok()?),
            _ => return None,
        }
    }
    Some(out)
}

fn flatten(value: &Value) -> Option<Vec<Value>> {
    let mut out = Vec::new();
    for item in list(value)? {
        match item {
            Value::Array(_) => out.extend(flatten(&item)?),
            other => out.push(other),
        }
    }
    Some(out)
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in text.bytes().filter(|c| *c != b'=') {
        let value = BASE64.iter().position(|b| *b == c)? as u32;
        buffer = (buffer << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn parse_cidr(cidr: &str) -> Option<(u32, u32)> {
    let (address, prefix) = cidr.split_once('/')?;
    let address: std::net::Ipv4Addr = address.parse().ok()?;
    let prefix: u32 = prefix.parse().ok()?;
    (prefix <= 32).then_some((u32::from(address), prefix))
}

fn cidrsubnet(cidr: &str, newbits: i64, netnum: i64) -> Option<String> {
    let (address, prefix) = parse_cidr(cidr)?;
    let new_prefix = prefix + u32::try_from(newbits).ok()?;
    if new_prefix > 32 || netnum < 0 || (netnum as u64) >= (1u64 << newbits) {
        return None;
    }
    let network = if prefix == 0 {
        0
    } else {
        address & (u32::MAX << (32 - prefix))
    };
    let subnet = network | ((netnum as u32) << (32 - new_prefix));
    Some(format!("{}/{new_prefix}", std::net::Ipv4Addr::from(subnet)))
}

fn cidrhost(cidr: &str, hostnum: i64) -> Option<String> {
    let (address, prefix) = parse_cidr(cidr)?;
    let size = 1u64 << (32 - prefix);
    let host = if hostnum < 0 {
        size as i64 + hostnum
    } else {
        hostnum
    };
    if host < 0 || host as u64 >= size {
        return None;
    }
    let network = if prefix == 0 {
        0
    } else {
        address & (u32::MAX << (32 - prefix))
    };
    Some(std::net::Ipv4Addr::from(network + host as u32).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(name: &str, args: Value) -> Option<Value> {
        call(name, args.as_array().expect("args list"))
    }

    /// The examples of Terraform's function documentation.
    #[test]
    fn terraform_documentation_examples() {
        assert_eq!(f("lower", json!(["HELLO"])), Some(json!("hello")));
        assert_eq!(
            f("title", json!(["hello world"])),
            Some(json!("Hello World"))
        );
        assert_eq!(f("trimspace", json!(["  hello\n\n"])), Some(json!("hello")));
        assert_eq!(f("trim", json!(["?!hello?!", "!?"])), Some(json!("hello")));
        assert_eq!(
            f("trimprefix", json!(["helloworld", "hello"])),
            Some(json!("world"))
        );
        assert_eq!(
            f("replace", json!(["1 + 2 + 3", "+", "-"])),
            Some(json!("1 - 2 - 3"))
        );
        assert_eq!(
            f("split", json!([",", "foo,bar,baz"])),
            Some(json!(["foo", "bar", "baz"]))
        );
        assert_eq!(
            f("join", json!([", ", ["foo", "bar", "baz"]])),
            Some(json!("foo, bar, baz"))
        );
        assert_eq!(
            f("substr", json!(["hello world", 1, 4])),
            Some(json!("ello"))
        );
        assert_eq!(
            f("substr", json!(["hello world", -5, -1])),
            Some(json!("world"))
        );
        assert_eq!(
            f("format", json!(["Hello, %s!", "Ander"])),
            Some(json!("Hello, Ander!"))
        );
        assert_eq!(
            f("format", json!(["There are %d lights", 4])),
            Some(json!("There are 4 lights"))
        );
        assert_eq!(
            f("formatlist", json!(["Hello, %s!", ["Valentina", "Ander"]])),
            Some(json!(["Hello, Valentina!", "Hello, Ander!"]))
        );
        assert_eq!(f("length", json!([["a", "b"]])), Some(json!(2)));
        assert_eq!(f("length", json!(["👾🕹️"])), Some(json!(3)));
        assert_eq!(
            f("concat", json!([["a", ""], ["b", "c"]])),
            Some(json!(["a", "", "b", "c"]))
        );
        assert_eq!(
            f("merge", json!([{"a": "b", "c": "d"}, {"e": "f", "c": "z"}])),
            Some(json!({"a": "b", "c": "z", "e": "f"}))
        );
        assert_eq!(
            f("lookup", json!([{"a": "ay", "b": "bee"}, "c", "what?"])),
            Some(json!("what?"))
        );
        assert_eq!(f("element", json!([["a", "b", "c"], 3])), Some(json!("a")));
        assert_eq!(
            f("contains", json!([["a", "b", "c"], "a"])),
            Some(json!(true))
        );
        assert_eq!(
            f("flatten", json!([[["a", "b"], [], ["c"]]])),
            Some(json!(["a", "b", "c"]))
        );
        assert_eq!(
            f("distinct", json!([["a", "b", "a", "c", "d", "b"]])),
            Some(json!(["a", "b", "c", "d"]))
        );
        assert_eq!(
            f("compact", json!([["a", "", "b", null, "c"]])),
            Some(json!(["a", "b", "c"]))
        );
        assert_eq!(f("coalesce", json!(["", "b"])), Some(json!("b")));
        assert_eq!(
            f("slice", json!([["a", "b", "c", "d"], 1, 3])),
            Some(json!(["b", "c"]))
        );
        assert_eq!(
            f("zipmap", json!([["a", "b"], [1, 2]])),
            Some(json!({"a": 1, "b": 2}))
        );
        assert_eq!(f("range", json!([3])), Some(json!([0, 1, 2])));
        assert_eq!(f("range", json!([1, 4])), Some(json!([1, 2, 3])));
        assert_eq!(f("range", json!([0, 10, 5])), Some(json!([0, 5])));
        assert_eq!(f("one", json!([["hello"]])), Some(json!("hello")));
        assert_eq!(f("min", json!([12, 54, 3])), Some(json!(3)));
        assert_eq!(f("max", json!([12, 54, 3])), Some(json!(54)));
        assert_eq!(f("abs", json!([-12.4])), Some(json!(12.4)));
        assert_eq!(f("ceil", json!([5.1])), Some(json!(6)));
        assert_eq!(f("parseint", json!(["FF", 16])), Some(json!(255)));
        assert_eq!(f("tonumber", json!(["1"])), Some(json!(1)));
        assert_eq!(f("tobool", json!(["true"])), Some(json!(true)));
        assert_eq!(
            f("jsonencode", json!([{"hello": "world"}])),
            Some(json!("{\"hello\":\"world\"}"))
        );
        assert_eq!(
            f("jsondecode", json!(["{\"hello\": \"world\"}"])),
            Some(json!({"hello": "world"}))
        );
        assert_eq!(
            f("yamldecode", json!(["hello: world"])),
            Some(json!({"hello": "world"}))
        );
        assert_eq!(
            f("base64encode", json!(["Hello World"])),
            Some(json!("SGVsbG8gV29ybGQ="))
        );
        assert_eq!(
            f("base64decode", json!(["SGVsbG8gV29ybGQ="])),
            Some(json!("Hello World"))
        );
        assert_eq!(
            f("cidrsubnet", json!(["172.16.0.0/12", 4, 2])),
            Some(json!("172.18.0.0/16"))
        );
        assert_eq!(
            f("cidrsubnet", json!(["10.1.2.0/24", 4, 15])),
            Some(json!("10.1.2.240/28"))
        );
        assert_eq!(
            f("cidrhost", json!(["10.12.112.0/20", 16])),
            Some(json!("10.12.112.16"))
        );
        assert_eq!(
            f("cidrhost", json!(["10.12.112.0/20", 268])),
            Some(json!("10.12.113.12"))
        );
        assert_eq!(
            f("cidrnetmask", json!(["172.16.0.0/12"])),
            Some(json!("255.240.0.0"))
        );
    }

    #[test]
    fn unknown_functions_and_bad_arguments_are_unknown() {
        assert_eq!(f("file", json!(["x"])), None);
        assert_eq!(f("lower", json!([["not", "a string"]])), None);
        assert_eq!(f("replace", json!(["a", "/a/", "b"])), None);
    }
}
