# family: an HTTP client
# expect: blocked blocked-import
import urllib.request
print(urllib.request.urlopen("http://127.0.0.1:{{PORT}}/steal").read())
