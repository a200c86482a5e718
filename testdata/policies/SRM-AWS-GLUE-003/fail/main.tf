resource "aws_kms_key" "glue_catalog" {
  description         = "Glue Data Catalog"
  enable_key_rotation = true
}

resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false # expect: SRM-AWS-GLUE-003
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.glue_catalog.arn
    }
  }
}
