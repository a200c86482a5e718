# Management events only.
resource "aws_cloudtrail" "main" { # expect: SRM-AWS-CLOUDTRAIL-005
  name                  = "main"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true
}

# Object-level writes only: reads are still missing in the module.
resource "aws_cloudtrail" "objects" {
  name           = "objects"
  s3_bucket_name = "acme-cloudtrail-logs"

  event_selector { # expect: SRM-AWS-CLOUDTRAIL-005
    read_write_type           = "WriteOnly"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
