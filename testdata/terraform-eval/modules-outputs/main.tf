module "settings" {
  source = "./modules/settings"
  acl    = "private"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = module.settings.encrypt_volumes
}

resource "aws_s3_bucket" "site" {
  bucket = "site"
  acl    = module.settings.site_acl
}
