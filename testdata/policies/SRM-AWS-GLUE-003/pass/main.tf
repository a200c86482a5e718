variable "encrypt_connection_passwords" {
  type = bool
}

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
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.glue_catalog.arn
    }
  }
}

# Another catalog, decided by a variable: not judged.
resource "aws_glue_data_catalog_encryption_settings" "partner" {
  catalog_id = "444455556666"

  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = var.encrypt_connection_passwords
      aws_kms_key_id                       = aws_kms_key.glue_catalog.arn
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.glue_catalog.arn
    }
  }
}
