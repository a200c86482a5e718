# A public key and a certificate are not secrets; a key read from a secret store or generated is not written.
resource "aws_key_pair" "deployer" {
  key_name   = "deployer"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGf3Hq9Xk4Rb7Nc1Hm6Jf0Gd3Sa8Yu5Eo2Wq deployer"
}

resource "tls_private_key" "generated" {
  algorithm = "ED25519"
}

locals {
  doc_example = <<-EOT
    -----BEGIN RSA PRIVATE KEY-----
    ...
    -----END RSA PRIVATE KEY-----
  EOT
}
