# family: import hidden inside a function
# expect: blocked blocked-import
def helper():
    import subprocess
    return subprocess.check_output(["id"])

if __name__ == "__main__":
    print(helper())
