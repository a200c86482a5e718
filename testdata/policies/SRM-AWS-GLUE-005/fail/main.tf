resource "aws_glue_job" "orders_etl" {
  name              = "orders-etl"
  role_arn          = "arn:aws:iam::111122223333:role/glue-etl"
  glue_version      = "2.0" # expect: SRM-AWS-GLUE-005
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
  glue_version = "1.0" # expect: SRM-AWS-GLUE-005
  max_capacity = 0.0625

  command {
    name            = "pythonshell"
    script_location = "s3://acme-glue-scripts/cleanup.py"
    python_version  = "3"
  }
}
