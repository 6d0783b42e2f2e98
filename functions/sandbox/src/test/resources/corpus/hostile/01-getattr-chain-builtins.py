# family: builtins recovery through a getattr chain
# expect: blocked dynamic-attribute
imp = getattr(getattr(print, "__self__"), "__import__")
imp("os").system("touch {{MARKER}}")
