from setuptools import setup

from pyir.build import pyirize

setup(packages=["pyirdemo"], ext_modules=pyirize(["pyirdemo/*.py"]))
