resource "aws_glue_job" "orders_etl" { # expect: SRM-AWS-GLUE-004
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

resource "aws_glue_crawler" "raw" { # expect: SRM-AWS-GLUE-004
  name          = "raw"
  database_name = "raw"
  role          = "arn:aws:iam::111122223333:role/glue-crawler"

  s3_target {
    path = "s3://acme-raw-data/orders/"
  }
}
