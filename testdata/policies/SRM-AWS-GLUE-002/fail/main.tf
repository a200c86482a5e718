resource "aws_kms_key" "glue_catalog" {
  description         = "Glue Data Catalog"
  enable_key_rotation = true
}

resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.glue_catalog.arn
    }

    encryption_at_rest {
      catalog_encryption_mode = "DISABLED" # expect: SRM-AWS-GLUE-002
    }
  }
}
