variable "owner_id" {
  type = string
}

# Provider v3: canned ACL on the bucket itself.
resource "aws_s3_bucket" "website" {
  bucket = "acme-website"
  acl    = "public-read" # expect: SRM-AWS-S3-002
}

# Provider v4+: split ACL resource.
resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_s3_bucket_ownership_controls" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  acl    = "public-read-write" # expect: SRM-AWS-S3-002

  depends_on = [aws_s3_bucket_ownership_controls.uploads]
}

resource "aws_s3_bucket" "partners" {
  bucket = "acme-partners"
}

resource "aws_s3_bucket_acl" "partners" {
  bucket = aws_s3_bucket.partners.id
  acl    = "authenticated-read" # expect: SRM-AWS-S3-002
}

# Explicit grant to every AWS account holder.
resource "aws_s3_bucket" "shared" {
  bucket = "acme-shared"
}

resource "aws_s3_bucket_acl" "shared" {
  bucket = aws_s3_bucket.shared.id

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
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" # expect: SRM-AWS-S3-002
      }
      permission = "READ"
    }

    owner {
      id = var.owner_id
    }
  }
}

# Provider v3: inline grant to everyone.
resource "aws_s3_bucket" "downloads" {
  bucket = "acme-downloads"

  grant {
    type        = "Group"
    permissions = ["READ_ACP", "READ"]
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers" # expect: SRM-AWS-S3-002
  }
}
