bucket_acl = "public-read"
