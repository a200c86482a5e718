variable "read_write_type" {
  type    = string
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-cloudtrail-logs"
  is_multi_region_trail = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudtrail" "advanced" {
  name           = "advanced"
  s3_bucket_name = "acme-cloudtrail-logs"

  advanced_event_selector {
    name = "S3 object writes"

    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }

    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }

    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
  }
}

# From a variable: not judged.
resource "aws_cloudtrail" "configurable" {
  name           = "configurable"
  s3_bucket_name = "acme-cloudtrail-logs"

  event_selector {
    read_write_type = var.read_write_type

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::acme-sensitive/"]
    }
  }
}
