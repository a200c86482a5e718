variable "acl" {
  type    = string
  default = "private"
}

variable "owner_id" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket" "private" {
  bucket = "acme-private"
}

resource "aws_s3_bucket_acl" "private" {
  bucket = aws_s3_bucket.private.id
  acl    = "private"
}

# The ACL comes from a variable: not judged.
resource "aws_s3_bucket" "configurable" {
  bucket = "acme-configurable"
}

resource "aws_s3_bucket_acl" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  acl    = var.acl
}

# Provider v3 log bucket.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  acl    = "log-delivery-write"
}

# Grants to the bucket owner and to the S3 log delivery group only.
resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket_acl" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id

  access_control_policy {
    grant {
      grantee {
        id   = var.owner_id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }

    owner {
      id = var.owner_id
    }
  }
}
