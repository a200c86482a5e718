module "bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"
  acl     = "public-read"
}

module "missing" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
}

module "stale" {
  source = "terraform-aws-modules/s3-bucket/aws"
}
