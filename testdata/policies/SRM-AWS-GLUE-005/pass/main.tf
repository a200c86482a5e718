variable "glue_version" {
  type = string
}

resource "aws_glue_job" "orders_etl" {
  name              = "orders-etl"
  role_arn          = "arn:aws:iam::111122223333:role/glue-etl"
  glue_version      = "5.0"
  worker_type       = "G.1X"
  number_of_workers = 4

  command {
    script_location = "s3://acme-glue-scripts/orders_etl.py"
    python_version  = "3"
  }
}

resource "aws_glue_job" "cleanup" {
  name         = "cleanup"
  role_arn     = "arn:aws:iam::111122223333:role/glue-etl"
  glue_version = "3.0"
  max_capacity = 0.0625

  command {
    name            = "pythonshell"
    script_location = "s3://acme-glue-scripts/cleanup.py"
    python_version  = "3.9"
  }
}

# Omitted: the current default version.
resource "aws_glue_job" "reports" {
  name     = "reports"
  role_arn = "arn:aws:iam::111122223333:role/glue-etl"

  command {
    script_location = "s3://acme-glue-scripts/reports.py"
  }
}

# Decided by a variable: not judged.
resource "aws_glue_job" "configurable" {
  name         = "configurable"
  role_arn     = "arn:aws:iam::111122223333:role/glue-etl"
  glue_version = var.glue_version

  command {
    script_location = "s3://acme-glue-scripts/configurable.py"
  }
}
