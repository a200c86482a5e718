# A TLS key pasted into a local.
locals {
  tls_key = <<-EOT
    -----BEGIN RSA PRIVATE KEY----- # expect: SRM-TF-SECRET-003
    MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Lp9Xk4Rb7Nc1Hm6Jf0Gd3Sa8Yu5Eo2Wq
    Zx8qP2mK9vR4tL7wN3sB6yH1jF5gD0cAeUiO8rKd8Lm2Qx9Rt4Vw7Zb1Nc5Hj3Fg6Sa0
    -----END RSA PRIVATE KEY-----
  EOT
}

resource "aws_iam_server_certificate" "web" {
  name             = "web"
  certificate_body = file("web.crt")
  private_key      = local.tls_key
}
